package nl.twente.ijw.gateway.indicatoren.gouden;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Ambulant: duration (A1.*), youths (A3, and V2 for the alternatives), referrals on (A6). */
class AmbulantTest extends GoudenBasis {

    /**
     * Begeleiding ended in 2025: 10, 20, 60 days (mean 30, median 20); behandeling: 29 (ended by
     * the toewijzing's Einddatum), 40 (with a pause, which counts in the duration), 100 (mean
     * 169/3, median 40). Open trajectories, one ended in 2024 and dyslexie do not count.
     */
    @Test
    void duurVanBegeleidingEnBehandeling() {
        String g = gemeente();
        String p = aanbieder();
        levering(wijsToe(g, p, bsn(), "45A01", "2025-02-01", "2025-12-31"), "2025-02-01", "2025-02-11");
        levering(wijsToe(g, p, bsn(), "45A03", "2025-03-01", "2025-12-31"), "2025-03-01", "2025-03-21");
        levering(wijsToe(g, p, bsn(), "45A02", "2025-04-01", "2025-12-31"), "2025-04-01", "2025-05-31");
        start(wijsToe(g, p, bsn(), "45A01", "2025-11-01", "2026-06-30"), "2025-11-01");
        levering(wijsToe(g, p, bsn(), "45A01", "2024-12-01", "2024-12-31"), "2024-12-01", "2024-12-21");
        start(wijsToe(g, p, bsn(), "45B01", "2025-06-01", "2025-06-30"), "2025-06-01");
        Tw kdc = wijsToe(g, p, bsn(), "41B01", "2025-05-01", "2025-12-31");
        start(kdc, "2025-05-01");
        stop(kdc, "2025-05-01", "20", "2025-05-11");
        start(kdc, "2025-05-21");
        stop(kdc, "2025-05-21", "31", "2025-06-10");
        levering(wijsToe(g, p, bsn(), "54B01", "2025-01-01", "2025-12-31"), "2025-01-01", "2025-04-11");
        levering(wijsToe(g, p, bsn(), "45C01", "2025-02-01", "2025-12-31"), "2025-02-01", "2025-03-01");

        Map<String, JsonNode> c = cellen("jaar=2025&peildatum=2026-01-01&gemeente=" + g);
        aandeel(c, "A1.begeleiding.gemiddeld", 30.0, 3);
        aandeel(c, "A1.begeleiding.mediaan", 20.0, 3);
        aandeel(c, "A1.behandeling.gemiddeld", 169.0 / 3.0, 3);
        aandeel(c, "A1.behandeling.mediaan", 40.0, 3);
        // Baseline 2024: one begeleiding of 20 days; 2025 path 95% of 20 = 19 < 30 and < 20.
        assertThat(c.get("A1.begeleiding.gemiddeld").get("basisjaar").asInt()).isEqualTo(2024);
        assertThat(c.get("A1.begeleiding.gemiddeld").get("basiswaarde").asDouble()).isEqualTo(20.0);
        oordeel(c, "A1.begeleiding.gemiddeld", "off track");
        oordeel(c, "A1.begeleiding.mediaan", "off track");
        oordeel(c, "A1.behandeling.gemiddeld", "no baseline");
        aantal(c, "A3", 8);
        assertThat(bijdragen(uitleg("A1.behandeling.gemiddeld", "jaar=2025&peildatum=2026-01-01&gemeente=" + g)))
                .containsExactly(29.0, 40.0, 100.0);

        Map<String, JsonNode> j2024 = cellen("jaar=2024&peildatum=2026-01-01&gemeente=" + g);
        aandeel(j2024, "A1.begeleiding.gemiddeld", 20.0, 1);
        geenNoemer(j2024, "A1.behandeling.mediaan");
    }

    /** AMBULANT_ALTERNATIEF (45E01, 44E01) counts in V2 only: not in A3 although category 45, not in V1 although 44. */
    @Test
    void ambulantAlternatiefIsGeenAmbulantEnGeenVerblijf() {
        String g = gemeente();
        String p = aanbieder();
        levering(wijsToe(g, p, bsn(), "45E01", "2025-03-01", "2025-12-31"), "2025-03-01", "2025-05-01");
        levering(wijsToe(g, p, bsn(), "44E01", "2025-06-01", "2025-12-31"), "2025-06-01", "2025-06-10");

        Map<String, JsonNode> c = cellen("jaar=2025&peildatum=2026-01-01&gemeente=" + g);
        aantal(c, "V2", 2);
        aantal(c, "A3", 0);
        aantal(c, "V1", 0);
        aantal(c, "V3", 0);
    }

    /**
     * A6: an AMBULANT trajectory ended in Y followed within 30 days by one at another provider
     * (a) or in a heavier segment (b); not: same provider and segment (c), after 45 days (d), or
     * ended in the year before (e, counted in 2024).
     */
    @Test
    void doorverwijzingNaAmbulanteZorg() {
        String g = gemeente();
        String p1 = aanbieder();
        String p2 = aanbieder();
        String a = bsn();
        levering(wijsToe(g, p1, a, "45A01", "2025-01-01", "2025-03-01"), "2025-01-02", "2025-03-01");
        start(wijsToe(g, p2, a, "45A01", "2025-03-02", "2025-12-31"), "2025-03-20");
        String b = bsn();
        levering(wijsToe(g, p1, b, "45A01", "2025-01-01", "2025-03-01"), "2025-01-02", "2025-03-01");
        start(wijsToe(g, p1, b, "44A01", "2025-03-01", "2025-12-31"), "2025-03-10");
        String c = bsn();
        levering(wijsToe(g, p1, c, "45A01", "2025-01-01", "2025-03-01"), "2025-01-02", "2025-03-01");
        start(wijsToe(g, p1, c, "45B01", "2025-03-01", "2025-12-31"), "2025-03-05");
        String d = bsn();
        levering(wijsToe(g, p1, d, "45A01", "2025-01-01", "2025-03-01"), "2025-01-02", "2025-03-01");
        start(wijsToe(g, p2, d, "45A01", "2025-03-02", "2025-12-31"), "2025-04-15");
        String e = bsn();
        levering(wijsToe(g, p1, e, "45A01", "2024-10-01", "2024-12-31"), "2024-10-01", "2024-12-20");
        start(wijsToe(g, p2, e, "45A01", "2025-01-01", "2025-12-31"), "2025-01-05");

        Map<String, JsonNode> j2025 = cellen("jaar=2025&peildatum=2026-01-01&gemeente=" + g);
        aantal(j2025, "A6", 2);
        oordeel(j2025, "A6", null);
        aantal(j2025, "A3", 5);
        aantal(j2025, "V1", 1);
        Map<String, JsonNode> j2024 = cellen("jaar=2024&peildatum=2026-01-01&gemeente=" + g);
        aantal(j2024, "A6", 1);
    }
    /** duration_days = end - Begindatum: a same-day start and stop lasts 0 days (while it is 1 day in care). */
    @Test
    void eenTrajectVanEenDagDuurtNulDagen() {
        String p = aanbieder();
        String g = GEDEELDE_GEMEENTE;
        levering(wijsToe(g, p, bsn(), "45A01", "2025-03-03", "2025-12-31"), "2025-03-03", "2025-03-03");
        levering(wijsToe(g, p, bsn(), "45A02", "2025-04-01", "2025-12-31"), "2025-04-01", "2025-04-11");
        levering(wijsToe(g, p, bsn(), "45A04", "2025-05-01", "2025-12-31"), "2025-05-01", "2025-05-21");

        Map<String, JsonNode> c = cellen("jaar=2025&peildatum=2026-01-01&aanbieder=" + p);
        aandeel(c, "A1.begeleiding.gemiddeld", 10.0, 3);
        aandeel(c, "A1.begeleiding.mediaan", 10.0, 3);
        aantal(c, "A3", 3);
    }
    /** A6 "within 30 days": a heavier segment 30 days after the end counts, 31 days not. */
    @Test
    void doorverwijzingBinnenDertigDagenNietNaEenendertig() {
        String p = aanbieder();
        String g = GEDEELDE_GEMEENTE;
        String a = bsn();
        levering(wijsToe(g, p, a, "45A01", "2025-01-01", "2025-03-01"), "2025-01-02", "2025-03-01");
        start(wijsToe(g, p, a, "44A01", "2025-03-01", "2025-12-31"), "2025-03-31"); // 30 days
        String b = bsn();
        levering(wijsToe(g, p, b, "45A01", "2025-01-01", "2025-03-01"), "2025-01-02", "2025-03-01");
        start(wijsToe(g, p, b, "44A01", "2025-03-01", "2025-12-31"), "2025-04-01"); // 31 days

        Map<String, JsonNode> c = cellen("jaar=2025&peildatum=2025-12-31&aanbieder=" + p);
        aantal(c, "A6", 1);
        aantal(c, "A3", 2);
    }
}
