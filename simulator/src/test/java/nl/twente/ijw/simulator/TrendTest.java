package nl.twente.ijw.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Over 2023–2028 the region moves the way it hopes, so the targets have something to judge. */
class TrendTest {

    private static final Map<Integer, Map<String, Number>> WAARDEN = new HashMap<>();
    private static Simulatie sim;

    @BeforeAll
    static void simuleer() {
        sim = Simulator.simuleer(new Instellingen(9, 2023, 2028, 3000, 0, 2, Path.of("niet-gebruikt")));
        Grondwaarheid g = new Grondwaarheid(sim.toewijzingen, sim.peildatum());
        for (int jaar = 2023; jaar <= 2028; jaar++) {
            Map<String, Number> perId = new HashMap<>();
            for (Grondwaarheid.Cel c : g.indicatoren(jaar)) {
                perId.put(c.id(), c.waarde());
            }
            perId.put("jeugdigen", g.jeugdigenMetZorg(jaar));
            WAARDEN.put(jaar, perId);
        }
    }

    @Test
    void ongeveerHetGevraagdeAantalJeugdigenPerJaar() {
        for (int jaar = 2024; jaar <= 2028; jaar++) {
            assertThat(WAARDEN.get(jaar).get("jeugdigen").intValue()).as("%d", jaar).isBetween(2400, 3600);
        }
    }

    @Test
    void minderJongerenEnEtmalenInVerblijf() {
        assertThat(waarde(2028, "V1")).isLessThan(waarde(2025, "V1"));
        assertThat(waarde(2028, "V3")).isLessThan(waarde(2025, "V3"));
    }

    @Test
    void kortereAmbulanteTrajecten() {
        assertThat(waarde(2028, "A1.begeleiding.gemiddeld")).isLessThan(waarde(2025, "A1.begeleiding.gemiddeld"));
        assertThat(waarde(2028, "A1.behandeling.gemiddeld")).isLessThan(waarde(2025, "A1.behandeling.gemiddeld"));
    }

    @Test
    void snellerePlaatsingInVerblijf() {
        assertThat(waarde(2028, "V6")).isGreaterThan(waarde(2025, "V6"));
    }

    private static double waarde(int jaar, String id) {
        return WAARDEN.get(jaar).get(id).doubleValue();
    }
}
