package nl.twente.ijw.gateway.validation.declaratie;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * The contract rates that gemeenten agreed with aanbieders: the external data of TR418 (0611)
 * and, for an hourly rate claimed in minutes, TR346 (9346). The standard has no source for
 * them (STANDARD.md §7.3 item 10), so they come from a file: setting
 * {@code ijw.contract.tarieven} (a path, or a {@code classpath:}/{@code file:} location; empty
 * = no contract data). Without the setting the shipped EXAMPLE
 * {@code contract/tarieven-voorbeeld.csv} is used, which only knows the fictitious aanbieder
 * 87654321 of the tests.
 *
 * <p>Format: UTF-8, separator {@code ;}, lines starting with {@code #} ignored, first line the
 * header {@code gemeente;aanbieder;productcode;eenheid;tarief;ingangsdatum;einddatum}.
 * {@code gemeente} (CBS code) and {@code aanbieder} (AGB code) may be {@code *} for "every";
 * {@code eenheid} is the WJ756 unit the rate is for (01, 04, 14, 16, 82, 84; Eenheid 83 has no
 * rate); {@code tarief} in eurocent per eenheid; the dates (ISO, inclusive) may be empty for
 * "no limit". A rate applies to a prestatie by the first day of its ProductPeriode. When
 * several lines match, the one naming both gemeente and aanbieder wins over one with a
 * {@code *}; two lines for the same gemeente, aanbieder and product with overlapping periods
 * are refused when the file is read.
 *
 * <p>Only products with a rate are checked against the contract; for the others the gateway
 * knows nothing and refuses nothing.
 */
@Component
public class ContractTarieven {

    public static final String VOORBEELD = "classpath:contract/tarieven-voorbeeld.csv";
    static final String KOP = "gemeente;aanbieder;productcode;eenheid;tarief;ingangsdatum;einddatum";
    static final String ALLE = "*";
    private static final Set<String> EENHEDEN = Set.of("01", "04", "14", "16", "82", "84");
    private static final Logger LOG = LoggerFactory.getLogger(ContractTarieven.class);

    /** One agreed rate: eurocent per eenheid for a product, for a period. */
    public record Tarief(String gemeente, String aanbieder, String productCode, String eenheid, long tarief,
                         LocalDate ingangsdatum, LocalDate einddatum) {

        boolean geldtVoor(String gemeente, String aanbieder, String productCode, LocalDate datum) {
            return (ALLE.equals(this.gemeente) || this.gemeente.equals(gemeente))
                    && (ALLE.equals(this.aanbieder) || this.aanbieder.equals(aanbieder))
                    && this.productCode.equals(productCode)
                    && (ingangsdatum == null || !datum.isBefore(ingangsdatum))
                    && (einddatum == null || !datum.isAfter(einddatum));
        }

        /** Explicit gemeente and aanbieder count more than a {@code *}. */
        int specificiteit() {
            return (ALLE.equals(gemeente) ? 0 : 1) + (ALLE.equals(aanbieder) ? 0 : 1);
        }

        boolean overlaptMet(Tarief ander) {
            return gemeente.equals(ander.gemeente) && aanbieder.equals(ander.aanbieder)
                    && productCode.equals(ander.productCode)
                    && (einddatum == null || ander.ingangsdatum == null || !ander.ingangsdatum.isAfter(einddatum))
                    && (ander.einddatum == null || ingangsdatum == null || !ingangsdatum.isAfter(ander.einddatum));
        }
    }

    private final List<Tarief> tarieven;

    @Autowired
    public ContractTarieven(@Value("${ijw.contract.tarieven:" + VOORBEELD + "}") String locatie, ResourceLoader loader) {
        if (locatie.isBlank()) {
            this.tarieven = List.of();
            LOG.info("Geen contracttarieven ingesteld (ijw.contract.tarieven): TR418 controleert niets.");
            return;
        }
        Resource bron = locatie.startsWith("classpath:") || locatie.startsWith("file:")
                ? loader.getResource(locatie) : new FileSystemResource(locatie);
        try (Reader in = new InputStreamReader(bron.getInputStream(), StandardCharsets.UTF_8)) {
            this.tarieven = lees(in, locatie);
        } catch (IOException e) {
            throw new UncheckedIOException("contracttarieven " + locatie + " niet te lezen", e);
        }
        if (VOORBEELD.equals(locatie)) {
            LOG.warn("Het VOORBEELD met contracttarieven is in gebruik; zet ijw.contract.tarieven.");
        }
        LOG.info("{} contracttarieven gelezen uit {}", tarieven.size(), locatie);
    }

    /** For tests: a fixed list. */
    ContractTarieven(List<Tarief> tarieven) {
        this.tarieven = List.copyOf(tarieven);
    }

    /** The rate of this product for this gemeente and aanbieder on this day, if the contract has one. */
    public Optional<Tarief> tarief(String gemeente, String aanbieder, String productCode, LocalDate datum) {
        return tarieven.stream()
                .filter(t -> t.geldtVoor(gemeente, aanbieder, productCode, datum))
                .max(Comparator.comparingInt(Tarief::specificiteit));
    }

    static List<Tarief> lees(Reader in, String bron) throws IOException {
        List<Tarief> lijst = new ArrayList<>();
        BufferedReader regels = new BufferedReader(in);
        boolean kopGelezen = false;
        int nummer = 0;
        for (String regel = regels.readLine(); regel != null; regel = regels.readLine()) {
            nummer++;
            String r = regel.strip();
            if (r.isEmpty() || r.startsWith("#")) {
                continue;
            }
            if (!kopGelezen) {
                if (!KOP.equals(r)) {
                    throw fout(bron, nummer, "de kop moet '" + KOP + "' zijn");
                }
                kopGelezen = true;
                continue;
            }
            Tarief t = tarief(r.split(";", -1), bron, nummer);
            for (Tarief eerder : lijst) {
                if (eerder.overlaptMet(t)) {
                    throw fout(bron, nummer, "overlapt met een eerder tarief voor " + t.productCode());
                }
            }
            lijst.add(t);
        }
        return List.copyOf(lijst);
    }

    private static Tarief tarief(String[] v, String bron, int nummer) {
        if (v.length != 7) {
            throw fout(bron, nummer, "verwacht 7 velden, gevonden " + v.length);
        }
        String gemeente = v[0].strip();
        String aanbieder = v[1].strip();
        String code = v[2].strip();
        String eenheid = v[3].strip();
        if (!gemeente.matches("\\*|[0-9]{4}") || !aanbieder.matches("\\*|[0-9]{8}") || code.isEmpty()) {
            throw fout(bron, nummer, "gemeente (4 cijfers of *), aanbieder (8 cijfers of *) en productcode zijn verplicht");
        }
        if (!EENHEDEN.contains(eenheid)) {
            throw fout(bron, nummer, "eenheid " + eenheid + " is geen eenheid met een tarief (01, 04, 14, 16, 82, 84)");
        }
        long tarief;
        LocalDate van;
        LocalDate tot;
        try {
            tarief = Long.parseLong(v[4].strip());
            van = v[5].isBlank() ? null : LocalDate.parse(v[5].strip());
            tot = v[6].isBlank() ? null : LocalDate.parse(v[6].strip());
        } catch (NumberFormatException | DateTimeParseException e) {
            throw fout(bron, nummer, "tarief (eurocent) of datum onleesbaar: " + e.getMessage());
        }
        if (tarief < 0 || van != null && tot != null && tot.isBefore(van)) {
            throw fout(bron, nummer, "negatief tarief of einddatum voor ingangsdatum");
        }
        return new Tarief(gemeente, aanbieder, code, eenheid, tarief, van, tot);
    }

    private static IllegalStateException fout(String bron, int nummer, String wat) {
        return new IllegalStateException("contracttarieven " + bron + " regel " + nummer + ": " + wat);
    }
}
