package nl.twente.ijw.mapping;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The region's product list: which ProductCode belongs to which ProductCategorie in which
 * period (TR381), and the segment and subsegment each product counts in for the indicators.
 * Entries without a code are the category defaults, used for a toewijzing without a code or
 * with a code the list does not know. The shipped file is an example catalogue; the region
 * supplies its own (see the head of {@code producten.csv}).
 */
public final class Productcatalogus {

    /** The file shipped in this module, used when no other is configured. */
    public static final String STANDAARD = "/nl/twente/ijw/mapping/producten.csv";

    static final List<String> KOLOMMEN = List.of("categorie", "code", "segment", "subsegment", "geldig_van",
            "geldig_tot", "tarief", "eenheid", "omschrijving");

    private static final Pattern CATEGORIE = Pattern.compile("[0-9]{2}");
    /** LDT_ProductCode: 1 to 5 characters, not only spaces. */
    private static final Pattern CODE = Pattern.compile("\\S{1,5}");
    private static final Pattern SUBSEGMENT = Pattern.compile("[A-Z0-9_]+");
    /** WJ756 Eenheid. */
    private static final Set<String> EENHEDEN = Set.of("01", "04", "14", "16", "82", "83", "84");

    /**
     * One entry. {@code code} is null for a category default; {@code subsegment}, the tariff (in
     * euro cents per {@code eenheid}, WJ756) and the description may be absent.
     */
    public record Product(String categorie, String code, Segment segment, String subsegment,
                          LocalDate geldigVan, LocalDate geldigTot, Long tarief, String eenheid, String omschrijving) {

        public boolean geldigOp(LocalDate datum) {
            return Registerbestand.binnen(geldigVan, geldigTot, datum);
        }

        public boolean isCategorieStandaard() {
            return code == null;
        }
    }

    /**
     * Where a product counts: its segment and (when known) subsegment. {@code categorieStandaard}
     * says that the code was absent or unknown on that date and the category default was used:
     * the caller reports that, as INDICATORS.md §2 asks.
     */
    public record Indeling(Segment segment, Optional<String> subsegment, boolean categorieStandaard, Product bron) {
    }

    private final List<Product> producten;

    private Productcatalogus(List<Product> producten) {
        this.producten = List.copyOf(producten);
    }

    /** The example catalogue shipped with the gateway. */
    public static Productcatalogus standaard() {
        return van(Registerbestand.leesKlassepad(STANDAARD, KOLOMMEN));
    }

    /** The region's own file; it replaces the shipped catalogue entirely. */
    public static Productcatalogus uit(Path bestand) {
        return van(Registerbestand.lees(bestand, KOLOMMEN));
    }

    private static Productcatalogus van(List<Registerbestand.Regel> regels) {
        List<Product> producten = new ArrayList<>();
        for (Registerbestand.Regel r : regels) {
            Product p = product(r);
            for (Product eerder : producten) {
                if (eerder.categorie().equals(p.categorie()) && Objects.equals(eerder.code(), p.code())
                        && Registerbestand.overlappen(eerder.geldigVan(), eerder.geldigTot(), p.geldigVan(), p.geldigTot())) {
                    throw r.fout((p.code() == null ? "de standaard van categorie " + p.categorie()
                            : "product " + p.categorie() + "/" + p.code()) + " heeft al een periode die hiermee overlapt");
                }
            }
            producten.add(p);
        }
        return new Productcatalogus(producten);
    }

    private static Product product(Registerbestand.Regel r) {
        String categorie = r.veld(0);
        if (!CATEGORIE.matcher(categorie).matches()) {
            throw r.fout("categorie '" + categorie + "' is geen JZ020-code van twee cijfers");
        }
        String code = r.veld(1);
        if (!code.isEmpty() && !CODE.matcher(code).matches()) {
            throw r.fout("productcode '" + code + "' is geen code van 1 tot 5 tekens zonder spaties");
        }
        Segment segment;
        try {
            segment = Segment.valueOf(r.veld(2));
        } catch (IllegalArgumentException e) {
            throw r.fout("segment '" + r.veld(2) + "' is geen van " + List.of(Segment.values()));
        }
        String subsegment = r.veld(3);
        if (!subsegment.isEmpty() && !SUBSEGMENT.matcher(subsegment).matches()) {
            throw r.fout("subsegment '" + subsegment + "': alleen hoofdletters, cijfers en '_'");
        }
        LocalDate van = r.datum(4, "geldig_van");
        LocalDate tot = r.datum(5, "geldig_tot");
        Registerbestand.controleerPeriode(r, van, tot);
        Long tarief = null;
        if (!r.veld(6).isEmpty()) {
            try {
                tarief = Long.parseLong(r.veld(6));
            } catch (NumberFormatException e) {
                throw r.fout("tarief '" + r.veld(6) + "' is geen bedrag in hele eurocenten");
            }
        }
        String eenheid = r.veld(7);
        if (!eenheid.isEmpty() && !EENHEDEN.contains(eenheid)) {
            throw r.fout("eenheid '" + eenheid + "' is geen WJ756-code " + EENHEDEN);
        }
        if (tarief != null && eenheid.isEmpty()) {
            throw r.fout("een tarief zonder eenheid zegt niets: vul de eenheid (WJ756) in");
        }
        return new Product(categorie, code.isEmpty() ? null : code, segment, leeg(subsegment), van, tot, tarief,
                leeg(eenheid), leeg(r.veld(8)));
    }

    private static String leeg(String waarde) {
        return waarde.isEmpty() ? null : waarde;
    }

    /** The entry for this category and code valid on {@code datum} (TR381: the code belongs to the category). */
    public Optional<Product> product(String categorie, String code, LocalDate datum) {
        if (code == null) {
            return Optional.empty();
        }
        return producten.stream()
                .filter(p -> categorie.equals(p.categorie()) && code.equals(p.code()) && p.geldigOp(datum))
                .findFirst();
    }

    /** Every entry of this code in any category and period, for explaining why a pair is refused. */
    public List<Product> metCode(String code) {
        return producten.stream().filter(p -> code != null && code.equals(p.code())).toList();
    }

    /** The category default valid on {@code datum}. */
    public Optional<Product> categorieStandaard(String categorie, LocalDate datum) {
        return producten.stream()
                .filter(p -> p.isCategorieStandaard() && p.categorie().equals(categorie) && p.geldigOp(datum))
                .findFirst();
    }

    /**
     * Where the product counts on {@code datum}: the entry of the code when the list has it,
     * otherwise the category default (flagged), otherwise nothing. {@code code} may be null
     * (a toewijzing with a category only).
     */
    public Optional<Indeling> zoek(String categorie, String code, LocalDate datum) {
        Optional<Product> product = product(categorie, code, datum);
        if (product.isPresent()) {
            return product.map(p -> new Indeling(p.segment(), Optional.ofNullable(p.subsegment()), false, p));
        }
        return categorieStandaard(categorie, datum).map(p -> new Indeling(p.segment(), Optional.ofNullable(p.subsegment()), true, p));
    }

    /** Every entry, in file order. */
    public List<Product> producten() {
        return producten;
    }
}
