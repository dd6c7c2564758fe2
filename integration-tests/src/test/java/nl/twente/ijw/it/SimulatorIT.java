package nl.twente.ijw.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The simulator against the gateway: a simulated year (seed 7, about 200 youths, 2025, with
 * deliberate faults) through {@code import}; the gateway must accept and refuse exactly what
 * the simulator's ground truth expects, derive the same trajectories, and compute the same
 * indicators V1, V3, V6, V8, A1, A3 and A5 at the ground truth's reference date.
 */
class SimulatorIT {

    static final String JAAR = "2025";

    static Path basis;
    static Path sim;
    static Path data;
    static JsonNode grondwaarheid;
    static List<String> importUit;

    @BeforeAll
    static void simuleerEnImporteer() throws Exception {
        basis = Gateway.targetDir().resolve("it-simulator");
        Gateway.verwijder(basis);
        sim = basis.resolve("sim");
        data = Files.createDirectories(basis.resolve("data"));
        voerUit("simulator", 120, Gateway.java(), "-jar", simulatorJar().toString(), "--seed", "7", "--jaren", JAAR,
                "--jeugdigen", "200", "--fout-aandeel", "0.02", "--inloopjaren", "1", "--uit", sim.toString());
        grondwaarheid = Http.json(Files.readString(sim.resolve("grondwaarheid.json"), StandardCharsets.UTF_8));
        importUit = voerUit("import", 300, Gateway.java(), "-jar", Gateway.gatewayJar().toString(), "import",
                sim.resolve("berichten").toString(), "--retour-dir", basis.resolve("retour").toString(),
                "--ijw.data-dir=" + data);
    }

    @Test
    void importTeltWatDeGrondwaarheidVerwacht() {
        JsonNode verwacht = grondwaarheid.path("berichten").path("verwacht");
        assertThat(verwacht.path("afgekeurd").asInt()).as("de simulatie bevat afgekeurde berichten").isPositive();
        assertThat(verwacht.path("schemafout").asInt()).as("de simulatie bevat schemafouten").isPositive();
        assertThat(importUit).containsExactly(grondwaarheid.path("berichten").path("samenvatting").asText());
    }

    /** Exactly the deliberately faulty messages get a rapport (refused) or a fout (schema error). */
    @Test
    void preciesDeFouteBerichtenWordenGeweigerd() throws IOException {
        TreeSet<String> verwacht = new TreeSet<>();
        List<String> regels = Files.readAllLines(sim.resolve("verwachting.csv"), StandardCharsets.UTF_8);
        for (String regel : regels.subList(1, regels.size())) {
            String[] v = regel.split(";", -1);
            if (v[5].equals("AFGEKEURD")) {
                verwacht.add(v[0].replace(".xml", ".rapport.json"));
            } else if (v[5].equals("SCHEMAFOUT")) {
                verwacht.add(v[0].replace(".xml", ".fout.json"));
            }
        }
        TreeSet<String> gevonden = new TreeSet<>();
        try (Stream<Path> s = Files.list(basis.resolve("retour"))) {
            s.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".retour.xml")).forEach(gevonden::add);
        }
        assertThat(gevonden).containsExactlyElementsOf(verwacht);
    }

    /**
     * The gateway's trajectories (command {@code trajecten}) have the true facts: the same
     * toewijzingen (removed ones left out), Ingangsdatum and current Einddatum, first start,
     * number of starts, pause days, wait days (from the first decision), referrer type, and the
     * stop that ends them. (Fields that depend on the
     * reference date are compared through the indicators.)
     */
    @Test
    void trajectenZijnDeWareTrajecten() throws Exception {
        List<String> regels = voerUit("trajecten", 180, Gateway.java(), "-jar", Gateway.gatewayJar().toString(),
                "trajecten", "--format", "jsonl", "--ijw.data-dir=" + data);
        Map<Long, JsonNode> gateway = new HashMap<>();
        for (String regel : regels) {
            JsonNode t = Http.json(regel);
            gateway.put(t.path("toewijzing_nummer").asLong(), t);
        }
        Map<Long, JsonNode> waar = new HashMap<>();
        for (JsonNode t : grondwaarheid.path("trajecten")) {
            if (!t.path("status").asText().equals("CANCELLED")) {
                waar.put(t.path("toewijzingNummer").asLong(), t);
            }
        }
        assertThat(gateway.keySet()).containsExactlyInAnyOrderElementsOf(waar.keySet());
        List<String> verschillen = new ArrayList<>();
        for (Map.Entry<Long, JsonNode> e : waar.entrySet()) {
            JsonNode w = e.getValue();
            JsonNode g = gateway.get(e.getKey());
            vergelijk(verschillen, e.getKey(), "ingangsdatum", w.path("ingangsdatum"), g.path("ingangsdatum"));
            vergelijk(verschillen, e.getKey(), "einddatum", w.path("einddatum"), g.path("einddatum"));
            vergelijk(verschillen, e.getKey(), "begindatum", w.path("begindatum"), g.path("begindatum"));
            vergelijk(verschillen, e.getKey(), "aantal_starts", w.path("starts"), g.path("aantal_starts"));
            vergelijk(verschillen, e.getKey(), "pause_days", w.path("pauzedagen"), g.path("pause_days"));
            vergelijk(verschillen, e.getKey(), "segment", w.path("segment"), g.path("segment"));
            vergelijk(verschillen, e.getKey(), "wait_days", w.path("wachtdagen"), g.path("wait_days"));
            vergelijk(verschillen, e.getKey(), "verwijzer_type", w.path("verwijzerType"), g.path("verwijzer_type"));
            if (!w.path("eindeDoorToewijzing").asBoolean()) {
                vergelijk(verschillen, e.getKey(), "einddatum_levering", w.path("eind"), g.path("einddatum_levering"));
            }
        }
        assertThat(verschillen).isEmpty();
    }

    /** The ids compared exactly (issue 6 §1); the ground truth holds a few more for information. */
    static final List<String> INDICATOREN = List.of("V1", "V3", "V6", "V8", "A1.begeleiding.gemiddeld",
            "A1.begeleiding.mediaan", "A1.behandeling.gemiddeld", "A1.behandeling.mediaan", "A3", "A5.dyslexie",
            "A5.behandeling", "A5.begeleiding");

    @Test
    void indicatorenGelijkAanDeGrondwaarheid() throws Exception {
        String peildatum = grondwaarheid.path("peildatum").asText();
        List<String> uit = voerUit("indicators", 180, Gateway.java(), "-jar", Gateway.gatewayJar().toString(),
                "indicators", "--jaar", JAAR, "--format", "json", "--peildatum", peildatum,
                "--ijw.indicatoren.min-cell-size=1", "--ijw.data-dir=" + data);
        Map<String, JsonNode> gateway = new HashMap<>();
        for (JsonNode cel : Http.json(String.join("\n", uit))) {
            gateway.put(cel.path("id").asText(), cel);
        }
        Map<String, JsonNode> waar = new HashMap<>();
        for (JsonNode cel : grondwaarheid.path("indicatoren").path(JAAR)) {
            waar.put(cel.path("id").asText(), cel);
        }
        List<String> verschillen = new ArrayList<>();
        for (String id : INDICATOREN) {
            JsonNode w = waar.get(id);
            JsonNode g = gateway.get(id);
            assertThat(w).as("grondwaarheid %s", id).isNotNull();
            assertThat(g).as("gateway %s", id).isNotNull();
            assertThat(g.path("onderdrukt").asBoolean()).as("%s onderdrukt", id).isFalse();
            if (!zelfdeGetal(w.path("waarde"), g.path("waarde")) || !zelfdeGetal(w.path("noemer"), g.path("noemer"))) {
                verschillen.add(id + ": waar " + w.path("waarde") + " / " + w.path("noemer") + ", gateway "
                        + g.path("waarde") + " / " + g.path("noemer"));
            }
        }
        assertThat(verschillen).isEmpty();
        // Something to judge: the small year has youths in verblijf and ended ambulant trajectories.
        assertThat(waar.get("V1").path("waarde").asLong()).isPositive();
        assertThat(waar.get("A1.begeleiding.gemiddeld").path("noemer").asLong()).isPositive();
    }

    /** Equal numbers: both null, or equal to within rounding of a double (shares, means). */
    private static boolean zelfdeGetal(JsonNode waar, JsonNode gateway) {
        boolean leegW = waar.isNull() || waar.isMissingNode();
        boolean leegG = gateway.isNull() || gateway.isMissingNode();
        if (leegW || leegG) {
            return leegW == leegG;
        }
        return Math.abs(waar.asDouble() - gateway.asDouble()) < 1e-9;
    }

    private static void vergelijk(List<String> verschillen, long nummer, String veld, JsonNode waar, JsonNode gateway) {
        String w = waar.isNull() || waar.isMissingNode() ? null : waar.asText();
        String g = gateway.isNull() || gateway.isMissingNode() ? null : gateway.asText();
        if (w == null ? g != null : !w.equals(g)) {
            verschillen.add(nummer + " " + veld + ": waar " + w + ", gateway " + g);
        }
    }

    static Path simulatorJar() {
        Path jar = Path.of(System.getProperty("simulator.jar",
                Gateway.targetDir().resolve("../../simulator/target/ijw-simulator.jar").toString())).toAbsolutePath().normalize();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("Simulator-jar ontbreekt: " + jar + " (mvn -pl simulator package)");
        }
        return jar;
    }

    /** Runs a command as its own process; returns its standard output lines, fails on a non-zero exit. */
    static List<String> voerUit(String naam, int seconden, String... opdracht) throws Exception {
        Path stdout = basis.resolve(naam + ".stdout.txt");
        Path stderr = basis.resolve(naam + ".stderr.log");
        Process p = new ProcessBuilder(opdracht).directory(basis.toFile())
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        if (!p.waitFor(seconden, TimeUnit.SECONDS)) {
            p.destroy();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            throw new AssertionError(naam + " duurde langer dan " + seconden + " s\n" + Gateway.staart(stderr, 40));
        }
        assertThat(p.exitValue()).as(naam + "\n" + Gateway.staart(stderr, 40)).isZero();
        return Files.readAllLines(stdout, StandardCharsets.UTF_8).stream().filter(r -> !r.isBlank()).toList();
    }
}
