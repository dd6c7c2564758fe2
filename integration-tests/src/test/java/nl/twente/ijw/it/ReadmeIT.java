package nl.twente.ijw.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The README's examples, run as a newcomer types them in the clone's root: a change that breaks
 * one, or a new example this test does not run, fails here. Only the port is the test's own
 * (8080 may be taken on a build machine); the rest is the README's text.
 */
class ReadmeIT {

    private static final Path KLOON = Gateway.targetDir().getParent().getParent();
    private static final Path MAP = Gateway.targetDir().resolve("it-readme");
    private static final Pattern CODEBLOK = Pattern.compile("```sh\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern JAR_IN_TEKST = Pattern.compile("`java -jar routes/target/ijw-gateway\\.jar ([^`]*)`");
    private static final String JAR = "java -jar routes/target/ijw-gateway.jar";

    private static String readme;
    private static Gateway gateway;

    @BeforeAll
    static void lees() throws IOException {
        readme = Files.readString(KLOON.resolve("README.md"), StandardCharsets.UTF_8);
        Gateway.verwijder(MAP);
        Files.createDirectories(MAP);
    }

    @AfterAll
    static void stop() {
        if (gateway != null) {
            gateway.close();
        }
    }

    /** The commands of the {@code sh} blocks, continuation lines joined, with the comment lines after each. */
    static List<Voorbeeld> voorbeelden() {
        List<Voorbeeld> voorbeelden = new ArrayList<>();
        Matcher m = CODEBLOK.matcher(readme);
        while (m.find()) {
            String blok = m.group(1).replace("\\\n", " ");
            for (String regel : blok.split("\n")) {
                if (regel.startsWith("# ") && !voorbeelden.isEmpty()) {
                    voorbeelden.get(voorbeelden.size() - 1).uitvoer.add(regel.substring(2));
                } else if (!regel.isBlank()) {
                    // A comment after the command says what it does, it is not part of it.
                    String opdracht = regel.replaceAll("\\s+#.*$", "").replaceAll("\\s+", " ").trim();
                    voorbeelden.add(new Voorbeeld(opdracht, new ArrayList<>()));
                }
            }
        }
        return voorbeelden;
    }

    record Voorbeeld(String opdracht, List<String> uitvoer) {
    }

    @Test
    void elkVoorbeeldWordtHierUitgevoerd() {
        List<String> opdrachten = voorbeelden().stream().map(Voorbeeld::opdracht).toList();
        assertThat(opdrachten).as("een nieuw voorbeeld in de README krijgt hier zijn test")
                .allMatch(o -> o.equals("mvn -B package -DskipTests") // built before this run
                        || o.equals("mvn -B verify") // this run
                        || o.equals(JAR) || o.equals(JAR + " --ijw.data-dir=/srv/ijw") // served below
                        || o.startsWith("curl ") || o.startsWith(JAR + " import "));
        assertThat(opdrachten).contains("mvn -B verify", JAR);
    }

    @Test
    void deSnelstartCurlGeeftDeRetourUitDeReadme() {
        // The README starts the gateway with no settings but the data directory; so does this test.
        gateway = Gateway.eigen("readme");
        String curl = voorbeelden().stream().map(Voorbeeld::opdracht).filter(o -> o.startsWith("curl ")).findFirst()
                .orElseThrow().replace("http://localhost:8080/", "http://localhost:" + gateway.httpPort + "/");
        Proces p = Proces.voerUit(KLOON, 60, List.of("bash", "-c", curl));
        assertThat(p.code()).as(p.toString()).isZero();
        // What the README shows of the retour, and what it says: 9019 on each StartProduct, 0200 above.
        assertThat(p.uit()).as(p.toString())
                .contains("<jw306:Bericht xmlns:jw306=\"http://www.istandaarden.nl/ijw/3_2/jw306/schema\"")
                .contains("<jw306:BerichtCode>439</jw306:BerichtCode>",
                        "<jw306:IdentificatieRetour>1</jw306:IdentificatieRetour>",
                        "<jw306:RetourCode>9019</jw306:RetourCode>", "<jw306:RetourCode>0200</jw306:RetourCode>");
        assertThat(readme).contains("<jw306:BerichtCode>439</jw306:BerichtCode>", "`9019` on each `StartProduct`");

        // "Post it again with other content but the same Identificatie": 9056 in the header.
        String anders = Referentie.voorbeeld("JW305").replace("<ijw:Voorletters>T</ijw:Voorletters>",
                "<ijw:Voorletters>TJ</ijw:Voorletters>");
        HttpResponse<byte[]> duplicaat = Http.post(gateway, anders);
        assertThat(Http.tekst(duplicaat)).contains("<jw306:RetourCode>9056</jw306:RetourCode>");
        assertThat(readme).contains("<jw306:RetourCode>9056</jw306:RetourCode>");
    }

    @Test
    void importVanDeVoorbeeldenZegtWatDeReadmeZegt() throws IOException {
        Voorbeeld imp = voorbeelden().stream().filter(v -> v.opdracht.startsWith(JAR + " import ")).findFirst().orElseThrow();
        assertThat(imp.uitvoer).as("de README toont wat import schrijft").hasSize(1);
        Path data = MAP.resolve("data");
        String opdracht = imp.opdracht
                .replace("IN_DIR", Referentie.voorbeelden().toString())
                .replace("OUT_DIR", MAP.resolve("uit").toString())
                .replace("[--ijw.data-dir=DIR]", "--ijw.data-dir=" + data);
        Proces p = Proces.voerUit(KLOON, 180, List.of("bash", "-c", opdracht));
        assertThat(p.code()).as(p.toString()).isZero();
        assertThat(p.uit().strip()).isEqualTo(imp.uitvoer.get(0));

        // The other commands the README names in its text, on the same data, with their optional parts left out.
        Matcher m = JAR_IN_TEKST.matcher(readme);
        List<String> gedaan = new ArrayList<>();
        while (m.find()) {
            String rest = m.group(1).replaceAll("\\s*\\[[^]]*]", "").trim();
            if (rest.startsWith("import ")) {
                continue;
            }
            Proces c = Proces.voerUit(KLOON, 180, List.of("bash", "-c", JAR + " " + rest + " --ijw.data-dir=" + data));
            assertThat(c.code()).as(rest + "\n" + c).isZero();
            if (rest.equals("rebuild")) {
                // Only the accepted heen messages make state, and of the official examples none is.
                assertThat(c.uit()).startsWith("rebuilt the state from 0 archived messages");
            }
            gedaan.add(rest);
        }
        assertThat(gedaan).contains("trajecten", "rebuild", "indicators --jaar 2025");
    }
}
