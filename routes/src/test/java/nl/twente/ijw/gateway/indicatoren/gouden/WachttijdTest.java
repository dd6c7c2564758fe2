package nl.twente.ijw.gateway.indicatoren.gouden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Waits: placement (V6), screening (V5), ambulant norms (A5.*) and the waiting list (V7), at their boundaries. */
class WachttijdTest extends GoudenBasis {

    /** A wait of exactly 42 days is in time for verblijf, 43 is not. */
    @Test
    void plaatsingNa42DagenOpTijdNa43Niet() {
        String g = gemeente();
        String p = aanbieder();
        start(wijsToe(g, p, bsn(), "44A01", "2025-01-06", "2025-12-31"), "2025-02-17"); // 25 + 17 = 42
        start(wijsToe(g, p, bsn(), "44A01", "2025-01-06", "2025-12-31"), "2025-02-18"); // 43

        Map<String, JsonNode> c = cellen("jaar=2025&peildatum=2026-01-01&gemeente=" + g);
        aandeel(c, "V6", 0.5, 2);
        oordeel(c, "V6", "off track"); // target >= 90%
        geenNoemer(c, "V5");
        geenNoemer(c, "A5.begeleiding");
        assertThat(bijdragen(uitleg("V6", "jaar=2025&peildatum=2026-01-01&gemeente=" + g)))
                .containsExactly(42.0, 43.0);
    }

    /** Screening within 28 days (V5, target 100%): 28 in time, 29 not; a start in 2024 belongs to 2024. */
    @Test
    void screeningBinnen28Dagen() {
        String g = gemeente();
        String p = aanbieder();
        start(wijsToe(g, p, bsn(), "45D01", "2025-03-03", "2025-12-31"), "2025-03-31"); // 28
        start(wijsToe(g, p, bsn(), "45D01", "2025-03-03", "2025-12-31"), "2025-04-01"); // 29
        start(wijsToe(g, p, bsn(), "45D01", "2024-12-02", "2025-06-30"), "2024-12-30"); // 28, in 2024

        Map<String, JsonNode> j2025 = cellen("jaar=2025&peildatum=2026-01-01&gemeente=" + g);
        aandeel(j2025, "V5", 0.5, 2);
        oordeel(j2025, "V5", "off track");
        geenNoemer(j2025, "A5.dyslexie");
        geenNoemer(j2025, "A5.behandeling");
        geenNoemer(j2025, "A5.begeleiding");
        geenNoemer(j2025, "V6");
        Map<String, JsonNode> j2024 = cellen("jaar=2024&peildatum=2026-01-01&gemeente=" + g);
        aandeel(j2024, "V5", 1.0, 1);
        oordeel(j2024, "V5", "on track");
    }

    /** A5 per group: dyslexie 42, behandeling 98, begeleiding 14 days; one over the norm each. */
    @Test
    void ambulantOpTijdPerGroep() {
        String g = gemeente();
        String p = aanbieder();
        start(wijsToe(g, p, bsn(), "45C01", "2025-01-06", "2025-12-31"), "2025-02-17"); // 42
        start(wijsToe(g, p, bsn(), "45C01", "2025-01-06", "2025-12-31"), "2025-02-18"); // 43
        start(wijsToe(g, p, bsn(), "45B01", "2025-01-06", "2025-12-31"), "2025-04-14"); // 25+28+31+14 = 98
        start(wijsToe(g, p, bsn(), "41B01", "2025-01-06", "2025-12-31"), "2025-04-15"); // 99
        start(wijsToe(g, p, bsn(), "54B01", "2025-01-06", "2025-12-31"), "2025-01-06"); // 0
        start(wijsToe(g, p, bsn(), "45A01", "2025-01-06", "2025-12-31"), "2025-01-20"); // 14
        start(wijsToe(g, p, bsn(), "45A03", "2025-01-06", "2025-12-31"), "2025-01-21"); // 15

        Map<String, JsonNode> c = cellen("jaar=2025&peildatum=2026-01-01&gemeente=" + g);
        aandeel(c, "A5.dyslexie", 0.5, 2);
        aandeel(c, "A5.behandeling", 2.0 / 3.0, 3);
        aandeel(c, "A5.begeleiding", 0.5, 2);
        oordeel(c, "A5.dyslexie", "off track");
        oordeel(c, "A5.behandeling", "off track");
        geenNoemer(c, "V5");
        geenNoemer(c, "V6");
        aantal(c, "A3", 7);
        aantal(c, "V1", 0);
    }

    /**
     * V7 at R = min(peildatum, 31-12-Y): toewijzingen without a start on or before R whose wait
     * passed the norm (verblijf 42: 43 is on the list, 42 not; begeleiding 14: 15 on, 14 not).
     */
    @Test
    void deWachtlijstOpDePeildatum() {
        String g = gemeente();
        String p = aanbieder();
        wijsToe(g, p, bsn(), "44B01", "2025-05-19", "2025-12-31"); // 42 days at 2025-06-30
        wijsToe(g, p, bsn(), "44B01", "2025-05-18", "2025-12-31"); // 43: on the list
        wijsToe(g, p, bsn(), "45A01", "2025-06-16", "2025-12-31"); // 14
        wijsToe(g, p, bsn(), "45A03", "2025-06-15", "2025-12-31"); // 15: on the list
        wijsToe(g, p, bsn(), "45E01", "2025-01-02", "2025-12-31"); // no norm: never on the list
        start(wijsToe(g, p, bsn(), "44B01", "2025-04-01", "2025-12-31"), "2025-07-01"); // starts after R: on
        start(wijsToe(g, p, bsn(), "44B01", "2025-04-01", "2025-12-31"), "2025-06-30"); // started on R
        verwijder(wijsToe(g, p, bsn(), "44B01", "2025-04-01", "2025-12-31"), "2025-04-02"); // cancelled
        wijsToe(g, p, bsn(), "44B01", "2025-07-01", "2025-12-31"); // decided after R

        Map<String, JsonNode> juni = cellen("jaar=2025&peildatum=2025-06-30&gemeente=" + g);
        aantal(juni, "V7", 3);
        oordeel(juni, "V7", "off track"); // target 0
        // At 2025-12-31 the unstarted ones all waited past their norm; the July start is on or before R.
        Map<String, JsonNode> december = cellen("jaar=2025&peildatum=2026-01-01&gemeente=" + g);
        aantal(december, "V7", 5);

        JsonNode lijst = vraagOp("/api/indicatoren/wachtlijst?peildatum=2025-06-30&gemeente=" + g, 200);
        List<JsonNode> regels = new ArrayList<>();
        lijst.forEach(regels::add);
        assertThat(regels).extracting(r -> r.get("aanbieder").asText(), r -> r.get("segment").asText(),
                        r -> r.get("subsegment").asText(), r -> r.get("aantal").asInt(), r -> r.get("onderdrukt").asBoolean())
                .containsExactlyInAnyOrder(tuple(p, "VERBLIJF", "RESIDENTIEEL", 2, false),
                        tuple(p, "AMBULANT", "BEGELEIDING", 1, false));
    }
    /** The waiting-list norms of screening (28), dyslexie (42) and behandeling (98): the norm itself is not on the list, one more day is. */
    @Test
    void deWachtlijstnormenVanScreeningDyslexieEnBehandeling() {
        String p = aanbieder();
        String g = GEDEELDE_GEMEENTE;
        wijsToe(g, p, bsn(), "45D01", "2025-06-02", "2025-12-31"); // 28 days at 2025-06-30
        wijsToe(g, p, bsn(), "45D01", "2025-06-01", "2025-12-31"); // 29: on the list
        wijsToe(g, p, bsn(), "45C01", "2025-05-19", "2025-12-31"); // 42
        wijsToe(g, p, bsn(), "45C01", "2025-05-18", "2025-12-31"); // 43: on the list
        wijsToe(g, p, bsn(), "45B01", "2025-03-24", "2025-12-31"); // 98
        wijsToe(g, p, bsn(), "54B01", "2025-03-23", "2025-12-31"); // 99: on the list

        aantal(cellen("jaar=2025&peildatum=2025-06-30&aanbieder=" + p), "V7", 3);
        JsonNode lijst = vraagOp("/api/indicatoren/wachtlijst?peildatum=2025-06-30&gemeente=" + g, 200);
        List<JsonNode> regels = new ArrayList<>();
        lijst.forEach(r -> {
            if (r.get("aanbieder").asText().equals(p)) {
                regels.add(r);
            }
        });
        assertThat(regels).extracting(r -> r.get("segment").asText(), r -> r.get("subsegment").asText(),
                        r -> r.get("aantal").asInt())
                .containsExactlyInAnyOrder(tuple("AMBULANT", "SCREENING", 1), tuple("AMBULANT", "DYSLEXIE", 1),
                        tuple("AMBULANT", "BEHANDELING", 1));
    }
}
