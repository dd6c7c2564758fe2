package nl.twente.ijw.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Runs last (junit-platform.properties orders the classes): scans every log the gateway wrote
 * in this IT run (the served instance's {@code target/it-gateway.log}, the import tool's output)
 * for every Bsn the tests used, and for the names and street names in the fixtures. None may
 * appear: a log line names a message by archive id, type, sender and Identificatie only.
 */
@Order(Integer.MAX_VALUE)
class LogPrivacyIT {

    private static final Pattern BSN = Pattern.compile("Bsn>\\s*(\\d{9})\\s*<");
    private static final Pattern NAAM_OF_ADRES = Pattern.compile("(?:Achternaam|Straatnaam|Voornamen)>([^<]{5,})<");

    @Test
    void geenBsnNaamOfAdresInDeLogs() throws IOException {
        List<Path> logs = logs();
        assertThat(logs).as("logs van deze run").contains(Gateway.targetDir().resolve("it-gateway.log"));

        Set<String> bsns = new TreeSet<>(Verhaal.gebruikteBsns());
        Set<String> namen = new TreeSet<>();
        for (Path bron : bronnen()) {
            String xml = Files.readString(bron, StandardCharsets.UTF_8);
            voegToe(BSN, xml, bsns);
            voegToe(NAAM_OF_ADRES, xml, namen);
        }
        assertThat(bsns).as("Bsn's van de fixtures, de voorbeelden en de verhalen").contains("999990019").hasSizeGreaterThan(10);
        assertThat(namen).contains("Oosterveld", "Oude Markt");

        List<String> treffers = new ArrayList<>();
        long regels = 0;
        for (Path log : logs) {
            List<String> inhoud = Files.readAllLines(log, StandardCharsets.ISO_8859_1);
            regels += inhoud.size();
            for (int i = 0; i < inhoud.size(); i++) {
                String regel = inhoud.get(i);
                for (String bsn : bsns) {
                    if (regel.contains(bsn)) {
                        treffers.add(log.getFileName() + ":" + (i + 1) + " Bsn " + bsn);
                    }
                }
                for (String naam : namen) {
                    if (regel.contains(naam)) {
                        treffers.add(log.getFileName() + ":" + (i + 1) + " naam/adres " + naam);
                    }
                }
            }
        }
        System.out.printf("LogPrivacyIT: %d logregels in %s doorzocht op %d Bsn's en %d namen/adressen%n",
                regels, logs, bsns.size(), namen.size());
        assertThat(treffers).as("persoonsgegevens in de logs").isEmpty();
    }

    private static List<Path> logs() throws IOException {
        Path target = Gateway.targetDir();
        try (Stream<Path> paden = Files.walk(target, 2)) {
            return paden.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".log"))
                    .filter(p -> !p.startsWith(target.resolve("failsafe-reports")))
                    .sorted().toList();
        }
    }

    /** The fixtures of this module and the official examples the ITs sent. */
    private static List<Path> bronnen() throws IOException {
        List<Path> bronnen = new ArrayList<>();
        for (Path map : List.of(Gateway.targetDir().resolve("test-classes/fixtures"), Referentie.voorbeelden())) {
            try (Stream<Path> paden = Files.walk(map)) {
                paden.filter(p -> p.toString().endsWith(".xml")).forEach(bronnen::add);
            }
        }
        return bronnen;
    }

    private static void voegToe(Pattern patroon, String xml, Set<String> waarden) {
        Matcher m = patroon.matcher(xml);
        while (m.find()) {
            String waarde = m.group(1).trim();
            if (waarde.length() >= 5) {
                waarden.add(waarde);
            }
        }
    }
}
