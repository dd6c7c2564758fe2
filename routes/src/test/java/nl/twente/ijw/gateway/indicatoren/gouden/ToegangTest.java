package nl.twente.ijw.gateway.indicatoren.gouden;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import nl.twente.ijw.gateway.fixtures.TestBericht;
import org.junit.jupiter.api.Test;

/** Access (seed 004): requests and their answers (T1.*), referrer mix (T2.*), crises (T3). */
class ToegangTest extends GoudenBasis {

    static String referentie() {
        return "G" + TestBericht.uniekNummer();
    }

    /**
     * Four requests dated in 2025: honoured after 10 days, refused after 4, honoured after 30,
     * unanswered; one dated 2024 belongs to 2024. Median of (4, 10, 30) = 10.
     */
    @Test
    void verzoekenToegewezenAfgewezenEnDoorlooptijd() {
        String g = gemeente();
        String p = aanbieder();
        String r1 = referentie();
        String b1 = bsn();
        vraag(g, p, b1, r1, "45A01", "2025-02-03", "2025-02-10", "02");
        honoreer(g, p, b1, r1, "45A01", "2025-02-13", "2025-02-10", "2025-12-31");
        String r2 = referentie();
        vraag(g, p, bsn(), r2, "45A01", "2025-03-03", "2025-03-10", "02");
        wijsAf(g, p, r2, "2025-03-07");
        String r3 = referentie();
        String b3 = bsn();
        vraag(g, p, b3, r3, "45B01", "2025-04-01", "2025-05-01", "03");
        honoreer(g, p, b3, r3, "45B01", "2025-05-01", "2025-05-01", "2025-12-31");
        vraag(g, p, bsn(), referentie(), "45A01", "2025-05-05", "2025-06-01", "02");
        vraag(g, p, bsn(), referentie(), "45A01", "2024-12-20", "2025-01-06", "02");

        Map<String, JsonNode> c = cellen("jaar=2025&peildatum=2026-01-01&gemeente=" + g);
        aantal(c, "T1.verzoeken", 4);
        aandeel(c, "T1.toegewezen", 0.5, 4);
        aandeel(c, "T1.afgewezen", 0.25, 4);
        aandeel(c, "T1.dagen-mediaan", 10.0, 3);
        oordeel(c, "T1.verzoeken", null);
        oordeel(c, "T1.toegewezen", null);
        Map<String, JsonNode> j2024 = cellen("jaar=2024&peildatum=2026-01-01&gemeente=" + g);
        aantal(j2024, "T1.verzoeken", 1);
        aandeel(j2024, "T1.toegewezen", 0.0, 1);
        aandeel(j2024, "T1.afgewezen", 0.0, 1);
        geenNoemer(j2024, "T1.dagen-mediaan");
    }

    /**
     * Trajectories started in 2025 by referrer: a toewijzing honouring a request takes the
     * request's Verwijzer Type (02, 03, 06); one honouring no request is the gemeente's (01).
     * A start in 2024 and an unstarted toewijzing do not count.
     */
    @Test
    void deVerwijzersVanDeTrajectenDieInHetJaarBeginnen() {
        String g = gemeente();
        String p = aanbieder();
        for (String type : new String[] {"02", "03", "06"}) {
            String b = bsn();
            String r = referentie();
            vraag(g, p, b, r, "45A01", "2025-01-06", "2025-01-13", type);
            start(honoreer(g, p, b, r, "45A01", "2025-01-10", "2025-01-13", "2025-12-31"), "2025-03-01");
        }
        start(wijsToe(g, p, bsn(), "45A01", "2025-02-01", "2025-12-31"), "2025-02-03");
        start(wijsToe(g, p, bsn(), "45A01", "2024-11-01", "2025-06-30"), "2024-11-04");
        String b = bsn();
        String r = referentie();
        vraag(g, p, b, r, "45A01", "2025-01-06", "2025-01-13", "02");
        honoreer(g, p, b, r, "45A01", "2025-01-10", "2025-01-13", "2025-12-31");

        Map<String, JsonNode> c = cellen("jaar=2025&peildatum=2026-01-01&gemeente=" + g);
        aantal(c, "T2.01", 1);
        aantal(c, "T2.02", 1);
        aantal(c, "T2.03", 1);
        aantal(c, "T2.04", 0);
        aantal(c, "T2.05", 0);
        aantal(c, "T2.06", 1);
        aantal(c, "T2.08", 0);
        aantal(c, "T2.onbekend", 0);
        oordeel(c, "T2.02", null);
        Map<String, JsonNode> j2024 = cellen("jaar=2024&peildatum=2026-01-01&gemeente=" + g);
        aantal(j2024, "T2.01", 1);
        aantal(j2024, "T2.02", 0);
    }

    /** T3: CRISIS trajectories that begin in the year, per gemeente; crisis beds are no verblijf. */
    @Test
    void crisesPerGemeente() {
        String g = gemeente();
        String ander = gemeente();
        String p = aanbieder();
        levering(wijsToe(g, p, bsn(), "46A01", "2025-02-01", "2025-02-28"), "2025-02-01", "2025-02-05");
        start(wijsToe(g, p, bsn(), "46A02", "2025-06-01", "2025-06-30"), "2025-06-03");
        levering(wijsToe(g, p, bsn(), "46A01", "2024-12-20", "2025-01-31"), "2024-12-30", "2025-01-05");
        levering(wijsToe(ander, p, bsn(), "46A01", "2025-03-01", "2025-03-31"), "2025-03-02", "2025-03-04");

        Map<String, JsonNode> c = cellen("jaar=2025&peildatum=2026-01-01&gemeente=" + g);
        aantal(c, "T3", 2);
        oordeel(c, "T3", null);
        aantal(c, "V1", 0);
        aantal(c, "V3", 0);
        aantal(cellen("jaar=2024&peildatum=2026-01-01&gemeente=" + g), "T3", 1);
        aantal(cellen("jaar=2025&peildatum=2026-01-01&gemeente=" + ander), "T3", 1);
        aantal(cellen("jaar=2025&peildatum=2026-01-01&aanbieder=" + p), "T3", 3);
    }
}
