package nl.twente.ijw.gateway.indicatoren.gouden;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Re-entry (V8, A2, T4): care episodes are the union of toewijzing periods [Ingangsdatum,
 * Einddatum]; gap = next Ingangsdatum - previous Einddatum - 1; a gap of 183 days or more starts
 * a new episode. Cancelled toewijzingen (RedenWijziging 13) are no part of any episode.
 */
class HerinstroomTest extends GoudenBasis {

    /** Einddatum 2024-07-01 then 2025-01-01: gap 183, re-entry; Einddatum 2024-07-02: gap 182, the same episode. */
    @Test
    void eenGatVan183DagenIsHerinstroomEen182Niet() {
        String g = gemeente();
        String p = aanbieder();
        String a = bsn();
        wijsToe(g, p, a, "44A01", "2024-01-01", "2024-07-01");
        wijsToe(g, p, a, "44A01", "2025-01-01", "2025-06-30");
        String b = bsn();
        wijsToe(g, p, b, "44A01", "2024-01-01", "2024-07-02");
        wijsToe(g, p, b, "44A01", "2025-01-01", "2025-06-30");

        Map<String, JsonNode> c = cellen("jaar=2025&peildatum=2026-01-01&gemeente=" + g);
        aantal(c, "V8", 1);
        aantal(c, "T4", 1);
        aantal(c, "A2", 0); // a's new episode begins with verblijf
        oordeel(c, "T4", null);
        oordeel(c, "V8", "no baseline"); // V8 of basisjaar 2024 is 0
        Map<String, JsonNode> j2024 = cellen("jaar=2024&peildatum=2026-01-01&gemeente=" + g);
        aantal(j2024, "V8", 0); // first episodes are no re-entry

        List<JsonNode> uitleg = uitleg("V8", "jaar=2025&peildatum=2026-01-01&gemeente=" + g);
        assertThat(uitleg).isNotEmpty().allSatisfy(i -> assertThat(i.get("client").asText()).isEqualTo(pseudoniem(a)));
    }

    /** A2 counts the re-entries whose new episode starts (earliest Ingangsdatum) with an AMBULANT trajectory. */
    @Test
    void herinstroomMetAmbulantAlsEersteTeltInA2() {
        String g = gemeente();
        String p = aanbieder();
        String c = bsn();
        wijsToe(g, p, c, "45A01", "2024-02-01", "2024-05-31");
        wijsToe(g, p, c, "45B01", "2025-01-01", "2025-03-31"); // gap 214
        String d = bsn();
        wijsToe(g, p, d, "44A01", "2024-02-01", "2024-05-31");
        wijsToe(g, p, d, "45A01", "2025-02-01", "2025-03-31");
        wijsToe(g, p, d, "44A02", "2025-01-15", "2025-03-31"); // earliest of the new episode: verblijf
        String e = bsn();
        wijsToe(g, p, e, "45A01", "2025-03-01", "2025-06-30"); // a first episode

        Map<String, JsonNode> cel = cellen("jaar=2025&peildatum=2026-01-01&gemeente=" + g);
        aantal(cel, "V8", 2);
        aantal(cel, "T4", 2);
        aantal(cel, "A2", 1);
    }

    /**
     * Toewijzingen 2024-01-01..03-31 and 2025-01-01..03-31 with one in between (2024-10-01..12-31,
     * gap 183) that is removed with RedenWijziging 13: the re-entry is in 2025, not in 2024, and
     * the removed one is on no waiting list.
     */
    @Test
    void eenVerwijderdeToewijzingTeltNietInDeEpisodes() {
        String g = gemeente();
        String p = aanbieder();
        String x = bsn();
        levering(wijsToe(g, p, x, "45A01", "2024-01-01", "2024-03-31"), "2024-01-02", "2024-03-30");
        Tw tussen = wijsToe(g, p, x, "45A01", "2024-10-01", "2024-12-31");
        verwijder(tussen, "2024-10-02");
        levering(wijsToe(g, p, x, "45A01", "2025-01-01", "2025-03-31"), "2025-01-02", "2025-03-30");

        Map<String, JsonNode> j2025 = cellen("jaar=2025&peildatum=2026-01-01&gemeente=" + g);
        aantal(j2025, "V8", 1);
        aantal(j2025, "A2", 1);
        aantal(j2025, "T4", 1);
        Map<String, JsonNode> j2024 = cellen("jaar=2024&peildatum=2026-01-01&gemeente=" + g);
        aantal(j2024, "V8", 0);
        aantal(j2024, "V7", 0);
    }
    /** A2 wants an AMBULANT first trajectory: an episode that begins with AMBULANT_ALTERNATIEF (45E01) is re-entry, not A2. */
    @Test
    void herinstroomMetEenAmbulantAlternatiefTeltNietInA2() {
        String p = aanbieder();
        String g = GEDEELDE_GEMEENTE;
        String x = bsn();
        wijsToe(g, p, x, "45A01", "2024-01-01", "2024-03-31");
        wijsToe(g, p, x, "45E01", "2025-01-01", "2025-03-31");

        Map<String, JsonNode> c = cellen("jaar=2025&peildatum=2026-01-01&aanbieder=" + p);
        aantal(c, "V8", 1);
        aantal(c, "A2", 0);
        aantal(c, "T4", 1);
    }
}
