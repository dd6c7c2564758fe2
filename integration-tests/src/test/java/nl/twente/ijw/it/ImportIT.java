package nl.twente.ijw.it;

import static nl.twente.ijw.it.Referentie.NAMESPACES;
import static nl.twente.ijw.it.Referentie.assertGeldigVolgens;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xmlunit.assertj3.XmlAssert;

/**
 * {@code java -jar ijw-gateway.jar import IN_DIR --retour-dir OUT_DIR} on the 14 official
 * examples, as its own process with its own fresh data directory (not the shared gateway).
 */
class ImportIT {

    /**
     * Accepted: the six retour examples (JW302/306/308/316/320/325, archived, never answered).
     * Rejected on content: all six schema-valid heen examples, because the official examples are
     * no consistent story (STANDARD.md §7.1 #1, #3, #7, #8). Schema errors: JW315 and JW318
     * (§7.1 #1, #2).
     */
    private static final String SAMENVATTING =
            "imported 14: accepted 6, rejected 6, schema errors 2, duplicates 0, not a message 0";

    private static Path uit;
    private static int exitCode;
    private static List<String> stdout;
    private static Path stderr;

    @BeforeAll
    static void importeer() throws Exception {
        Path basis = Gateway.targetDir().resolve("it-import");
        Gateway.verwijder(basis);
        Path data = Files.createDirectories(basis.resolve("data"));
        uit = basis.resolve("out");
        Path stdoutBestand = basis.resolve("stdout.txt");
        stderr = basis.resolve("stderr.log");

        Process process = new ProcessBuilder(Gateway.java(), "-jar", Gateway.gatewayJar().toString(),
                "import", Referentie.voorbeelden().toString(), "--retour-dir", uit.toString(),
                "--ijw.data-dir=" + data)
                .directory(basis.toFile())
                .redirectOutput(stdoutBestand.toFile())
                .redirectError(stderr.toFile())
                .start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            throw new AssertionError("import duurde langer dan 120 s\n" + Gateway.staart(stderr, 60));
        }
        exitCode = process.exitValue();
        stdout = Files.readAllLines(stdoutBestand, StandardCharsets.UTF_8);
    }

    private static String diagnose() {
        return "stdout: " + stdout + "\n" + Gateway.staart(stderr, 60);
    }

    @Test
    void eindigtMetExitCode0() {
        assertThat(exitCode).as(diagnose()).isZero();
    }

    @Test
    void druktDeSamenvattingAf() {
        List<String> regels = stdout.stream().filter(r -> !r.isBlank()).toList();
        assertThat(regels).as(diagnose()).isNotEmpty();
        assertThat(regels.get(regels.size() - 1)).as(diagnose()).isEqualTo(SAMENVATTING);
    }

    @Test
    void stdoutBevatAlleenDeSamenvatting() {
        assertThat(stdout).as(diagnose()).containsExactly(SAMENVATTING);
    }

    @Test
    void schrijftRetourOfFoutrapportPerHeenbericht() throws IOException {
        try (Stream<Path> bestanden = Files.list(uit)) {
            assertThat(bestanden.map(p -> p.getFileName().toString()).sorted().toList()).as(diagnose()).containsExactly(
                    // A rejected heen message gets its retour and a rapport with the findings.
                    "JW301.rapport.json",
                    "JW301.retour.xml",
                    "JW305.rapport.json",
                    "JW305.retour.xml",
                    "JW307.rapport.json",
                    "JW307.retour.xml",
                    "JW315.fout.json",
                    "JW317.rapport.json",
                    "JW317.retour.xml",
                    "JW318.fout.json",
                    "JW319.rapport.json",
                    "JW319.retour.xml",
                    "JW323.rapport.json",
                    "JW323.retour.xml");
        }
    }

    @ParameterizedTest(name = "{0}.retour.xml is een geldig {1}, header {4}")
    @CsvSource(delimiter = '|', value = {
            // §7.1 #1: the VOT behind ReferentieAanbieder 40A12341234/5 (JW315.xml) is a schema
            // error, never accepted -> TR379 (9379) on both ToegewezenProduct lines.
            "JW301 | JW302 | 123456789012 | ToegewezenProduct | 0200 | 9379 9379",
            // §7.1 #7: toewijzingen 300201/300202 were given by 0384 (and not accepted), the start
            // goes to 0363 -> TR019 (9019) on both starts.
            "JW305 | JW306 | 123456789012 | StartProduct | 0200 | 9019 9019",
            // §7.1 #7: TR019 (9019) and no start of that key, TR382 (9069), on both stops.
            "JW307 | JW308 | 123456789012 | StopProduct | 0200 | 9019 9069 9019 9069",
            // §7.1 #3: Einddatum 2024-02-28 before GewensteIngangsdatum 2026-11-01: CS003 -> 0001, header only.
            "JW317 | JW318 | 987654321 | Client | 0001 | ''",
            // §7.1 #1, #3: neither the VOT nor the VOW was accepted, ReferentieAanbieder 9003
            // answers no request -> TR355 (9355).
            "JW319 | JW320 | 876543219 | Antwoord | 0200 | 9355"})
    void retourIsGeldigVolgensReferentieschema(String type, String retourType, String identificatie, String hoofdrecord,
            String headerCodes, String recordCodes) throws IOException {
        byte[] xml = Files.readAllBytes(uit.resolve(type + ".retour.xml"));
        assertGeldigVolgens(retourType, xml);
        String p = retourType.toLowerCase();
        String tekst = new String(xml, StandardCharsets.UTF_8);
        XmlAssert.assertThat(tekst).withNamespaceContext(NAMESPACES)
                .valueByXPath("/" + p + ":Bericht/" + p + ":Header/" + p + ":BerichtIdentificatie/ijw:Identificatie")
                .isEqualTo(identificatie);
        assertThat(Verhaal.headerCodes(tekst, retourType)).as("RetourCodes in de header").isEqualTo(headerCodes);
        assertThat(Verhaal.codes(tekst, "//" + p + ":" + hoofdrecord + "/" + p + ":RetourCodes/" + p + ":RetourCode"))
                .as("RetourCodes van %s", hoofdrecord).isEqualTo(recordCodes);
    }

    @ParameterizedTest(name = "{0}.rapport.json: {1}")
    @CsvSource(delimiter = '|', value = {
            "JW301 | TR379 TR379",
            "JW305 | TR019 TR019",
            "JW307 | TR019 TR019 TR382 TR382",
            "JW317 | CS003",
            "JW319 | TR355",
            // §7.1 #8: RN004 twice under one client (TR101), two April debits on 10073/45A04 (TR416).
            "JW323 | TR101 TR416"})
    void rapportNoemtDeRegels(String type, String regels) throws IOException {
        JsonNode rapport = Http.json(Files.readString(uit.resolve(type + ".rapport.json"), StandardCharsets.UTF_8));
        assertThat(rapport.path("berichttype").asText()).isEqualTo(type);
        assertThat(rapport.path("uitkomst").asText()).isEqualTo("AFGEKEURD");
        List<String> gevonden = new java.util.ArrayList<>();
        rapport.path("bevindingen").forEach(b -> gevonden.add(b.path("regel").asText()));
        assertThat(String.join(" ", gevonden)).isEqualTo(regels);
    }

    /** §7.1 #8: RN004 twice under one client (TR101) and two April debits (TR416): 0001, header only. */
    @Test
    void jw323RetourIsGeldigeJw325() throws IOException {
        byte[] xml = Files.readAllBytes(uit.resolve("JW323.retour.xml"));
        assertGeldigVolgens("JW325", xml);
        String tekst = new String(xml, StandardCharsets.UTF_8);
        XmlAssert.assertThat(tekst).withNamespaceContext(NAMESPACES)
                .valueByXPath("/jw325:Bericht/jw325:Header/jw325:DeclaratieIdentificatie/ijw:Identificatie")
                .isEqualTo("765432198");
        assertThat(Verhaal.codes(tekst, "//jw325:RetourCode")).as("alle RetourCodes").isEqualTo("0001");
    }

    @ParameterizedTest(name = "{0}.fout.json")
    @CsvSource({"JW315, 2027-06-31", "JW318, RetourCode"})
    void foutrapportVoorSchemafout(String type, String verwacht) throws IOException {
        JsonNode rapport = Http.json(Files.readString(uit.resolve(type + ".fout.json"), StandardCharsets.UTF_8));
        assertThat(rapport.path("berichttype").asText()).isEqualTo(type);
        assertThat(rapport.path("fouten")).isNotEmpty();
        assertThat(rapport.path("fouten").toString()).contains(verwacht);
    }
}
