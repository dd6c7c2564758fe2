package nl.twente.ijw.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Spot check on a tiny seed (seed 1, 2025, 4 youths a year, no run-in, no faults: two youths,
 * nine messages), with the values counted out by hand from the messages. Changes to the
 * simulation's draws change this story; then read the new messages and count again.
 */
class KleineSeedTest {

    private static Simulatie sim;
    private static Map<String, Grondwaarheid.Cel> cellen;

    @BeforeAll
    static void simuleer() {
        sim = Simulator.simuleer(new Instellingen(1, 2025, 2025, 4, 0, 0, Path.of("niet-gebruikt")));
        cellen = new HashMap<>();
        for (Grondwaarheid.Cel c : new Grondwaarheid(sim.toewijzingen, sim.peildatum()).indicatoren(2025)) {
            cellen.put(c.id(), c);
        }
    }

    @Test
    void hetVerhaal() {
        // J1 (Dinkelland): verblijf 100001 (43C01) allocated 2025-01-11, started 2025-02-10, stopped
        // 2025-05-19 (34); then a VOT for begeleid wonen 100002 (44W01), allocated 2025-05-27, started
        // 2025-06-07. J2 (Almelo): VOT for a gezinshuis 100003 (44A02), allocated 2025-05-30, started 2025-08-01.
        assertThat(sim.berichten.stream().map(b -> b.bestand).toList()).containsExactly(
                "00000001-JW301.xml", "00000002-JW305.xml", "00000003-JW307.xml", "00000004-JW315.xml",
                "00000005-JW301.xml", "00000006-JW315.xml", "00000007-JW301.xml", "00000008-JW305.xml",
                "00000009-JW305.xml");
        assertThat(sim.toewijzingen.stream().map(t -> t.nummer + " " + t.product.code()).toList())
                .isEqualTo(List.of("100001 43C01", "100002 44W01", "100003 44A02"));
    }

    @Test
    void verblijf() {
        assertThat(cellen.get("V1").waarde()).isEqualTo(2L);
        // 100001: 2025-02-10 to 2025-05-19 = 19 + 31 + 30 + 18 = 98; 100003: 2025-08-01 to the
        // reference date 2026-01-01 = 153.
        assertThat(cellen.get("V3").waarde()).isEqualTo(251L);
        // Waits 30 (in time) and 63 (not).
        assertThat(cellen.get("V6")).isEqualTo(new Grondwaarheid.Cel("V6", 0.5, 2L));
        assertThat(cellen.get("V8").waarde()).isEqualTo(0L);
    }

    @Test
    void geenAmbulanteZorg() {
        assertThat(cellen.get("A3").waarde()).isEqualTo(0L);
        assertThat(cellen.get("A1.begeleiding.gemiddeld")).isEqualTo(new Grondwaarheid.Cel("A1.begeleiding.gemiddeld", null, 0L));
        assertThat(cellen.get("A5.begeleiding")).isEqualTo(new Grondwaarheid.Cel("A5.begeleiding", null, 0L));
    }
}
