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

    private static final String SAMENVATTING =
            "imported 14: accepted 12, rejected 0, schema errors 2, duplicates 0, not a message 0";

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
                    "JW301.retour.xml",
                    "JW305.retour.xml",
                    "JW307.retour.xml",
                    "JW315.fout.json",
                    "JW317.retour.xml",
                    "JW318.fout.json",
                    "JW319.retour.xml",
                    "JW323.retour.xml");
        }
    }

    @ParameterizedTest(name = "{0}.retour.xml is een geldig {1}")
    @CsvSource({
            "JW301, JW302, 123456789012",
            "JW305, JW306, 123456789012",
            "JW307, JW308, 123456789012",
            "JW317, JW318, 987654321",
            "JW319, JW320, 876543219"})
    void retourIsGeldigVolgensReferentieschema(String type, String retourType, String identificatie) throws IOException {
        byte[] xml = Files.readAllBytes(uit.resolve(type + ".retour.xml"));
        assertGeldigVolgens(retourType, xml);
        String p = retourType.toLowerCase();
        XmlAssert.assertThat(new String(xml, StandardCharsets.UTF_8)).withNamespaceContext(NAMESPACES)
                .valueByXPath("/" + p + ":Bericht/" + p + ":Header/" + p + ":BerichtIdentificatie/ijw:Identificatie")
                .isEqualTo(identificatie);
        XmlAssert.assertThat(new String(xml, StandardCharsets.UTF_8)).withNamespaceContext(NAMESPACES)
                .nodesByXPath("/" + p + ":Bericht/" + p + ":Header/" + p + ":RetourCodes").doNotExist();
    }

    @Test
    void jw323RetourIsGeldigeJw325() throws IOException {
        byte[] xml = Files.readAllBytes(uit.resolve("JW323.retour.xml"));
        assertGeldigVolgens("JW325", xml);
        String tekst = new String(xml, StandardCharsets.UTF_8);
        XmlAssert.assertThat(tekst).withNamespaceContext(NAMESPACES)
                .valueByXPath("/jw325:Bericht/jw325:Header/jw325:DeclaratieIdentificatie/ijw:Identificatie")
                .isEqualTo("765432198");
        XmlAssert.assertThat(tekst).withNamespaceContext(NAMESPACES)
                .valueByXPath("/jw325:Bericht/jw325:Header/jw325:RetourCodes/jw325:RetourCode").isEqualTo("0200");
        XmlAssert.assertThat(tekst).withNamespaceContext(NAMESPACES)
                .valueByXPath("/jw325:Bericht/jw325:DeclaratieAntwoord/jw325:RetourCodes/jw325:RetourCode")
                .isEqualTo("8001");
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
