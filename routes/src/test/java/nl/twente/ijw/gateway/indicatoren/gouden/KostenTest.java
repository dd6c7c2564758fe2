package nl.twente.ijw.gateway.indicatoren.gouden;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Costs (V9, A4): from the declarations (JW323) of a trajectory when it has them, else its
 * days in the year times the catalogue tariff (mapping's producten.csv, eurocent per etmaal).
 */
class KostenTest extends GoudenBasis {

    /**
     * Pleegzorg 44A01 (tariff 45.00) 1 March..30 April 2025 (60 nights, tariff would give 2700.00)
     * is declared as 31 + 30 etmalen at 45.00 = 2745.00; residentieel 43B01 (285.00) for 10 nights
     * in June without declaration = 2850.00. V9 = 5595.00 / 2 youths = 2797.50.
     */
    @Test
    void verblijfskostenUitDeclaratiesEnAndersUitHetTarief() {
        String g = gemeente();
        String p = aanbieder();
        Tw gedeclareerd = wijsToe(g, p, bsn(), "44A01", "2025-03-01", "2025-04-30");
        levering(gedeclareerd, "2025-03-01", "2025-04-30");
        declareer(gedeclareerd, "2025-03-01", "2025-03-31", 31, 4500, "2025-04-02");
        declareer(gedeclareerd, "2025-04-01", "2025-04-30", 30, 4500, "2025-05-04");
        Tw tarief = wijsToe(g, p, bsn(), "43B01", "2025-06-01", "2025-06-30");
        levering(tarief, "2025-06-01", "2025-06-11");

        Map<String, JsonNode> c = cellen("jaar=2025&peildatum=2026-01-01&gemeente=" + g);
        aantal(c, "V1", 2);
        aantal(c, "V3", 60 + 10);
        aandeel(c, "V9", 2797.50, 2);
        assertThat(bijdragen(uitleg("V9", "jaar=2025&peildatum=2026-01-01&gemeente=" + g)))
                .containsExactly(2745.00, 2850.00);
        waarde(c, "A4", 0.0); // no ambulant care
    }

    /**
     * Costs split at New Year. Gezinshuis 44A02 (165.00) 2024-12-20..2025-01-10 without declaration:
     * 12 nights in 2024 (1980.00), 9 in 2025 (1485.00). Pleegzorg 44A01 declared per month, 31
     * etmalen at 45.00 for December 2024 and for January 2025 (1395.00 each; the tariff would give
     * 30 x 45.00 in January). V9 2024 = (1980 + 1395) / 2, V9 2025 = (1485 + 1395) / 2.
     */
    @Test
    void kostenPerJaarOverNieuwjaar() {
        String g = gemeente();
        String p = aanbieder();
        levering(wijsToe(g, p, bsn(), "44A02", "2024-12-20", "2025-01-31"), "2024-12-20", "2025-01-10");
        Tw pleeg = wijsToe(g, p, bsn(), "44A01", "2024-12-01", "2025-01-31");
        levering(pleeg, "2024-12-01", "2025-01-31");
        declareer(pleeg, "2024-12-01", "2024-12-31", 31, 4500, "2025-01-05");
        declareer(pleeg, "2025-01-01", "2025-01-31", 31, 4500, "2025-02-03");

        Map<String, JsonNode> j2024 = cellen("jaar=2024&peildatum=2026-01-01&gemeente=" + g);
        aantal(j2024, "V3", 12 + 31);
        aandeel(j2024, "V9", 1687.50, 2);
        Map<String, JsonNode> j2025 = cellen("jaar=2025&peildatum=2026-01-01&gemeente=" + g);
        aantal(j2025, "V3", 9 + 30);
        aandeel(j2025, "V9", 1440.00, 2);
        assertThat(bijdragen(uitleg("V9", "jaar=2025&peildatum=2026-01-01&gemeente=" + g)))
                .containsExactly(1395.00, 1485.00);
    }

    /** Individuele behandeling 45B01: 8 hours declared at 98.00 in March 2025 = 784.00 ambulant cost. */
    @Test
    void ambulanteKostenUitDeDeclaratie() {
        String g = gemeente();
        String p = aanbieder();
        Tw t = wijsToe(g, p, bsn(), "45B01", "2025-03-01", "2025-03-31");
        levering(t, "2025-03-01", "2025-03-31");
        declareer(t, "2025-03-01", "2025-03-31", 8, 9800, "2025-04-02");

        Map<String, JsonNode> c = cellen("jaar=2025&peildatum=2026-01-01&gemeente=" + g);
        waarde(c, "A4", 784.00);
        geenNoemer(c, "V9"); // no youth in verblijf: nothing to divide by
        Map<String, JsonNode> j2024 = cellen("jaar=2024&peildatum=2026-01-01&gemeente=" + g);
        waarde(j2024, "A4", 0.0);
    }
}
