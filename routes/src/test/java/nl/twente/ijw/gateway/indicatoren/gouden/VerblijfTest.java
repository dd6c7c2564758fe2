package nl.twente.ijw.gateway.indicatoren.gouden;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Verblijf: youths (V1), etmalen (V3), transfers (V4) and outflow (V10), with the day-count
 * boundaries of the contract (nights: start day counts, end day not; same day = 1; pauses are
 * no care days; open runs to the peildatum; withdrawn starts and stops count nowhere).
 */
class VerblijfTest extends GoudenBasis {

    /** New Year: 2024-12-01 to 2025-02-10 gives 31 nights in 2024 and 40 in 2025. */
    @Test
    void eenVerblijfOverNieuwjaarTeltDeDagenInElkJaar() {
        String g = gemeente();
        String p = aanbieder();
        String bsn = bsn();
        Tw t = wijsToe(g, p, bsn, "44B01", "2024-11-01", "2025-06-30");
        levering(t, "2024-12-01", "2025-02-10");

        Map<String, JsonNode> j2024 = cellen("jaar=2024&peildatum=2026-01-01&gemeente=" + g);
        aantal(j2024, "V1", 1);
        aantal(j2024, "V3", 31); // 1..31 December
        aandeel(j2024, "V6", 1.0, 1); // started 2024-12-01, wait 30 days
        Map<String, JsonNode> j2025 = cellen("jaar=2025&peildatum=2026-01-01&gemeente=" + g);
        aantal(j2025, "V1", 1);
        aantal(j2025, "V3", 40); // 31 January days + 1..9 February
        geenNoemer(j2025, "V6"); // not started in 2025
        aandeel(j2025, "V4", 1.0, 1);
        aandeel(j2025, "V10.thuis", 1.0, 1); // ended in 2025 with 31, nothing follows
        aandeel(j2025, "V10.wonen", 0.0, 1);
        aandeel(j2025, "V10.ander-domein", 0.0, 1);
        assertThat(j2025.get("V1").get("jaar").asInt()).isEqualTo(2025);
        assertThat(j2025.get("V1").get("gemeente").asText()).isEqualTo(g);

        List<JsonNode> uitleg = uitleg("V3", "jaar=2025&peildatum=2026-01-01&gemeente=" + g);
        assertThat(uitleg).hasSize(1);
        JsonNode item = uitleg.get(0);
        assertThat(item.get("client").asText()).isEqualTo(pseudoniem(bsn));
        assertThat(item.get("gemeente").asText()).isEqualTo(g);
        assertThat(item.get("toewijzing_nummer").asLong()).isEqualTo(t.nummer());
        assertThat(item.get("aanbieder").asText()).isEqualTo(p);
        assertThat(item.get("segment").asText()).isEqualTo("VERBLIJF");
        assertThat(item.get("subsegment").asText()).isEqualTo("RESIDENTIEEL");
        assertThat(item.get("begindatum").asText()).isEqualTo("2024-12-01");
        assertThat(item.get("einddatum").asText()).isEqualTo("2025-02-10");
        assertThat(item.get("bijdrage").asDouble()).isEqualTo(40.0);
        assertThat(item.toString()).doesNotContain(bsn);

        List<JsonNode> v1 = uitleg("V1", "jaar=2024&peildatum=2026-01-01&gemeente=" + g);
        assertThat(bijdragen(v1)).containsExactly(1.0);
    }

    /** A start and stop on the same day count one etmaal; an open stay runs to (not including) the peildatum. */
    @Test
    void eenDagIsEenEtmaalEnEenOpenVerblijfLooptTotDePeildatum() {
        String g = gemeente();
        String p = aanbieder();
        Tw kort = wijsToe(g, p, bsn(), "44A01", "2025-03-01", "2025-03-31");
        levering(kort, "2025-03-05", "2025-03-05");
        Tw open = wijsToe(g, p, bsn(), "44A02", "2025-12-20", null);
        start(open, "2025-12-20");

        Map<String, JsonNode> eindVanHetJaar = cellen("jaar=2025&peildatum=2026-01-01&gemeente=" + g);
        aantal(eindVanHetJaar, "V1", 2);
        aantal(eindVanHetJaar, "V3", 1 + 12); // 20..31 December
        Map<String, JsonNode> kerst = cellen("jaar=2025&peildatum=2025-12-25&gemeente=" + g);
        aantal(kerst, "V3", 1 + 5); // 20..24 December
        Map<String, JsonNode> j2026 = cellen("jaar=2026&peildatum=2026-01-10&gemeente=" + g);
        aantal(j2026, "V1", 1);
        aantal(j2026, "V3", 9); // 1..9 January
    }

    /** RedenBeeindiging 20 followed by a new start is a pause: those days are no care days. */
    @Test
    void eenPauzeIsGeenZorgdagEnZonderHervattingEindigtHetVerblijf() {
        String g = gemeente();
        String p = aanbieder();
        Tw gepauzeerd = wijsToe(g, p, bsn(), "44A02", "2025-01-01", "2025-12-31");
        start(gepauzeerd, "2025-02-01");
        stop(gepauzeerd, "2025-02-01", "20", "2025-03-01");
        start(gepauzeerd, "2025-03-11");
        stop(gepauzeerd, "2025-03-11", "31", "2025-05-01");
        Tw nietHervat = wijsToe(g, p, bsn(), "44A02", "2025-06-01", "2025-12-31");
        start(nietHervat, "2025-06-01");
        stop(nietHervat, "2025-06-01", "20", "2025-06-21");

        Map<String, JsonNode> c = cellen("jaar=2025&peildatum=2026-01-01&gemeente=" + g);
        aantal(c, "V1", 2);
        // 28 February nights + 11 March..30 April (21 + 30); 1..20 June.
        aantal(c, "V3", 79 + 20);
        assertThat(bijdragen(uitleg("V3", "jaar=2025&peildatum=2026-01-01&gemeente=" + g)))
                .containsExactly(20.0, 79.0);
    }

    /** A withdrawn start or stop (StatusAanlevering 3) counts nowhere; the corrected one counts. */
    @Test
    void eenIngetrokkenStartOfStopTeltNergens() {
        String g = gemeente();
        String p = aanbieder();
        Tw a = wijsToe(g, p, bsn(), "44B01", "2025-01-06", "2025-12-31");
        start(a, "2025-01-13");
        trekStartIn(a, "2025-01-13");
        start(a, "2025-03-03");
        stop(a, "2025-03-03", "31", "2025-03-13");
        Tw b = wijsToe(g, p, bsn(), "44B01", "2025-04-01", "2025-12-31");
        start(b, "2025-04-01");
        stop(b, "2025-04-01", "31", "2025-04-11");
        trekStopIn(b, "2025-04-01", "31", "2025-04-11");
        stop(b, "2025-04-01", "31", "2025-04-21");
        Tw nooit = wijsToe(g, p, bsn(), "44B01", "2025-05-01", "2025-12-31");
        start(nooit, "2025-05-05");
        trekStartIn(nooit, "2025-05-05");

        Map<String, JsonNode> c = cellen("jaar=2025&peildatum=2026-01-01&gemeente=" + g);
        aantal(c, "V1", 2);
        aantal(c, "V3", 10 + 20);
        // a waited 56 days (2025-01-06 -> 2025-03-03), b 0; the withdrawn start is no start.
        aandeel(c, "V6", 0.5, 2);
        // 'nooit' has no start on 2025-12-31, 244 days after its toewijzing (> 42).
        aantal(c, "V7", 1);
    }

    /** A refused message counts nowhere: a start dated after its message's Dagtekening (TR134) leaves the toewijzing waiting. */
    @Test
    void eenAfgekeurdeStartTeltNergens() {
        String g = gemeente();
        String p = aanbieder();
        Tw t = wijsToe(g, p, bsn(), "44A01", "2025-02-01", "2025-12-31");
        var afgekeurd = ontvang(jw305(t, "2025-03-01", "1").zet("Header/BerichtIdentificatie/Dagtekening", "2025-02-20"));
        assertThat(afgekeurd.retourcodes()).as("de start is afgekeurd").isNotEmpty();

        Map<String, JsonNode> c = cellen("jaar=2025&peildatum=2026-01-01&gemeente=" + g);
        aantal(c, "V1", 0);
        aantal(c, "V3", 0);
        geenNoemer(c, "V6");
        aantal(c, "V7", 1); // still waiting on 2025-12-31
    }

    /** The newest JW301 version (by Toewijzingsdatum) wins even when it arrives first; the wait counts from the first. */
    @Test
    void deNieuwsteVersieWintOokAlsZeEerderAankomt() {
        String g = gemeente();
        String p = aanbieder();
        Tw t = new Tw(g, p, bsn(), nl.twente.ijw.gateway.fixtures.TestBericht.uniekNummer(), "44A01", "2025-01-10");
        accepteer(jw301(t, "2025-03-01", "2025-03-31").voegToeNa(TOEGEWEZEN + "/Einddatum", "RedenWijziging", "05"));
        accepteer(jw301(t, "2025-01-10", "2025-12-31"));
        start(t, "2025-01-20");

        Map<String, JsonNode> c = cellen("jaar=2025&peildatum=2026-01-01&gemeente=" + g);
        aantal(c, "V1", 1);
        // Ended by the toewijzing's Einddatum 2025-03-31: 20..31 January, February, 1..30 March.
        aantal(c, "V3", 12 + 28 + 30);
        // wait_days from the earliest version's Toewijzingsdatum 2025-01-10: 10.
        aandeel(c, "V6", 1.0, 1);
        oordeel(c, "V6", "on track");
        aandeel(c, "V10.thuis", 1.0, 1);
        assertThat(bijdragen(uitleg("V6", "jaar=2025&peildatum=2026-01-01&gemeente=" + g))).containsExactly(10.0);
    }

    /** RedenBeeindiging 38 is a transfer, whatever follows; such an end is left out of V10. */
    @Test
    void eenStopMetReden38IsEenOverplaatsing() {
        String g = gemeente();
        String p1 = aanbieder();
        String p2 = aanbieder();
        String a = bsn();
        Tw a1 = wijsToe(g, p1, a, "44A01", "2025-01-01", "2025-12-31");
        start(a1, "2025-01-01");
        stop(a1, "2025-01-01", "38", "2025-05-01");
        Tw a2 = wijsToe(g, p2, a, "44A01", "2025-05-01", "2025-12-31");
        start(a2, "2025-06-15");
        Tw b = wijsToe(g, p1, bsn(), "44A01", "2025-01-01", "2025-12-31");
        levering(b, "2025-02-01", "2025-04-01");

        Map<String, JsonNode> c = cellen("jaar=2025&peildatum=2026-01-01&gemeente=" + g);
        aantal(c, "V1", 2);
        // Jan-Apr; 15 June..30 December (a2 has no stop: its toewijzing's Einddatum 2025-12-31, before the
        // peildatum, ends it: that day is not counted); February + March.
        aantal(c, "V3", 120 + 199 + 59);
        aandeel(c, "V4", 0.5, 2);
        oordeel(c, "V4", "off track");
        // Ended in 2025 not by transfer: b (31) and a2 (by its toewijzing); a1 ended with 38.
        aandeel(c, "V10.thuis", 1.0, 2);
        aandeel(c, "V10.wonen", 0.0, 2);
    }

    /** The transfer window: another provider or product within 14 days is a transfer, 15 days is not. */
    @Test
    void eenOverplaatsingBinnenVeertienDagenNietNaVijftien() {
        String g = gemeente();
        String p1 = aanbieder();
        String p2 = aanbieder();
        // A: other provider after 14 days (transfer). B: other provider after 15 days (none).
        // C: same provider, other product, same day (transfer). D: same provider and product after 5 days (none).
        String a = bsn();
        levering(wijsToe(g, p1, a, "44A01", "2025-01-01", "2025-03-01"), "2025-01-01", "2025-03-01");
        start(wijsToe(g, p2, a, "44A01", "2025-03-02", "2025-12-31"), "2025-03-15");
        String b = bsn();
        levering(wijsToe(g, p1, b, "44A01", "2025-01-01", "2025-03-01"), "2025-01-01", "2025-03-01");
        start(wijsToe(g, p2, b, "44A01", "2025-03-02", "2025-12-31"), "2025-03-16");
        String c = bsn();
        levering(wijsToe(g, p1, c, "44A01", "2025-01-01", "2025-03-01"), "2025-01-01", "2025-03-01");
        start(wijsToe(g, p1, c, "44A02", "2025-03-01", "2025-12-31"), "2025-03-01");
        String d = bsn();
        levering(wijsToe(g, p1, d, "44A01", "2025-01-01", "2025-03-01"), "2025-01-01", "2025-03-01");
        start(wijsToe(g, p1, d, "44A01", "2025-03-02", "2025-12-31"), "2025-03-06");

        Map<String, JsonNode> cel = cellen("jaar=2025&peildatum=2026-01-01&gemeente=" + g);
        aantal(cel, "V1", 4);
        aandeel(cel, "V4", 0.5, 4);
        // On 2025-12-31 the second stays still run (their toewijzing ends that day, not before it). Ended in
        // 2025 not by transfer: b's and d's first stay only, both home (a verblijf is no WONEN).
        Map<String, JsonNode> oudjaar = cellen("jaar=2025&peildatum=2025-12-31&gemeente=" + g);
        aandeel(oudjaar, "V4", 0.5, 4);
        aandeel(oudjaar, "V10.thuis", 1.0, 2);
        aandeel(oudjaar, "V10.wonen", 0.0, 2);
    }

    /** Outflow of stays ended not by transfer: to WONEN within 30 days, else reason 39, else home. */
    @Test
    void uitstroomNaarWonenAnderDomeinOfThuis() {
        String g = gemeente();
        String p = aanbieder();
        String a = bsn();
        levering(wijsToe(g, p, a, "44B01", "2025-01-01", "2025-12-31"), "2025-01-01", "2025-04-01");
        start(wijsToe(g, p, a, "44W01", "2025-04-01", "2025-12-31"), "2025-04-11");
        Tw b = wijsToe(g, p, bsn(), "44B01", "2025-01-01", "2025-12-31");
        start(b, "2025-01-01");
        stop(b, "2025-01-01", "39", "2025-04-01");
        levering(wijsToe(g, p, bsn(), "44B01", "2025-01-01", "2025-12-31"), "2025-01-01", "2025-04-01");
        Tw d = wijsToe(g, p, bsn(), "44B01", "2025-01-01", "2025-12-31");
        start(d, "2025-01-01");
        stop(d, "2025-01-01", "38", "2025-04-01");
        String e = bsn();
        Tw e1 = wijsToe(g, p, e, "44B01", "2025-01-01", "2025-12-31");
        start(e1, "2025-01-01");
        stop(e1, "2025-01-01", "39", "2025-04-01");
        start(wijsToe(g, p, e, "44W02", "2025-04-01", "2025-12-31"), "2025-04-06");

        Map<String, JsonNode> c = cellen("jaar=2025&peildatum=2026-01-01&gemeente=" + g);
        // Ended in 2025 not by transfer: a, b, c, e (d ended with 38). a and e go on to WONEN.
        aandeel(c, "V10.wonen", 0.5, 4);
        aandeel(c, "V10.ander-domein", 0.25, 4);
        aandeel(c, "V10.thuis", 0.25, 4);
        oordeel(c, "V10.wonen", null);
        assertThat(c.get("V10.wonen").get("streefwaarde") == null || c.get("V10.wonen").get("streefwaarde").isNull())
                .isTrue();
        aantal(c, "V1", 5);
        aandeel(c, "V4", 0.8, 5); // only d transferred; WONEN is no verblijf
        aantal(c, "V3", 5 * 90); // 1 January..31 March each
    }
    /** A transfer belongs to the year its stay ends: ended 2024-12-25, next provider from 2025-01-05 (11 days). */
    @Test
    void eenOverplaatsingOverNieuwjaarTeltInHetJaarVanHetEinde() {
        String g = gemeente();
        String p1 = aanbieder();
        String p2 = aanbieder();
        String a = bsn();
        levering(wijsToe(g, p1, a, "44A01", "2024-10-01", "2024-12-25"), "2024-10-01", "2024-12-25");
        levering(wijsToe(g, p2, a, "44A01", "2024-12-26", "2025-06-30"), "2025-01-05", "2025-03-01");

        Map<String, JsonNode> j2024 = cellen("jaar=2024&peildatum=2026-01-01&gemeente=" + g);
        aantal(j2024, "V3", 85); // 1 October..24 December
        aandeel(j2024, "V4", 0.0, 1);
        geenNoemer(j2024, "V10.thuis"); // the only stay ended in 2024 ended by transfer
        Map<String, JsonNode> j2025 = cellen("jaar=2025&peildatum=2026-01-01&gemeente=" + g);
        aantal(j2025, "V3", 55); // 5 January..28 February
        aandeel(j2025, "V4", 1.0, 1);
        aandeel(j2025, "V10.thuis", 1.0, 1);
    }

    /** The window runs from the end to the next Begindatum, 0..14: a stay elsewhere that began before the end is no transfer. */
    @Test
    void eenOverlappendVerblijfIsGeenOverplaatsing() {
        String g = gemeente();
        String p1 = aanbieder();
        String p2 = aanbieder();
        String a = bsn();
        levering(wijsToe(g, p1, a, "44A01", "2025-01-01", "2025-12-31"), "2025-01-01", "2025-03-10");
        start(wijsToe(g, p2, a, "44A02", "2025-03-01", "2025-12-31"), "2025-03-05");

        Map<String, JsonNode> c = cellen("jaar=2025&peildatum=2025-12-31&gemeente=" + g);
        aantal(c, "V1", 1);
        aandeel(c, "V4", 1.0, 1);
    }

    /** A stop with 38 in 2024 is a transfer in 2024; the same youth's stay in 2025 has none. */
    @Test
    void eenOverplaatsingVanVorigJaarTeltNietDitJaar() {
        String p = aanbieder();
        String a = bsn();
        Tw a1 = wijsToe(GEDEELDE_GEMEENTE, p, a, "44A01", "2024-09-01", "2024-12-31");
        start(a1, "2024-09-01");
        stop(a1, "2024-09-01", "38", "2024-12-20");
        levering(wijsToe(GEDEELDE_GEMEENTE, p, a, "44A02", "2024-12-21", "2025-12-31"), "2025-01-20", "2025-03-01");

        aandeel(cellen("jaar=2024&peildatum=2026-01-01&aanbieder=" + p), "V4", 0.0, 1);
        Map<String, JsonNode> j2025 = cellen("jaar=2025&peildatum=2026-01-01&aanbieder=" + p);
        aandeel(j2025, "V4", 1.0, 1);
        aantal(j2025, "V1", 1);
    }

    /** A pause over New Year (stopped 2024-12-28, resumed 2025-01-03): 27 days in 2024, 10 in 2025. */
    @Test
    void eenPauzeOverNieuwjaar() {
        String p = aanbieder();
        Tw t = wijsToe(GEDEELDE_GEMEENTE, p, bsn(), "44A02", "2024-12-01", "2025-06-30");
        start(t, "2024-12-01");
        stop(t, "2024-12-01", "20", "2024-12-28");
        start(t, "2025-01-03");
        stop(t, "2025-01-03", "31", "2025-01-13");

        Map<String, JsonNode> j2024 = cellen("jaar=2024&peildatum=2026-01-01&aanbieder=" + p);
        aantal(j2024, "V1", 1);
        aantal(j2024, "V3", 27);
        Map<String, JsonNode> j2025 = cellen("jaar=2025&peildatum=2026-01-01&aanbieder=" + p);
        aantal(j2025, "V1", 1);
        aantal(j2025, "V3", 10);
    }

    /** The JW307 Einddatum is the end, also when it lies after the toewijzing's Einddatum (OP270 is no rule). */
    @Test
    void eenStopNaDeEinddatumVanDeToewijzingTeltTotDeStop() {
        String p = aanbieder();
        levering(wijsToe(GEDEELDE_GEMEENTE, p, bsn(), "44A01", "2025-02-01", "2025-03-31"), "2025-02-01", "2025-04-10");

        Map<String, JsonNode> c = cellen("jaar=2025&peildatum=2026-01-01&aanbieder=" + p);
        aantal(c, "V3", 28 + 31 + 9);
    }
    /** "Followed within 30 days" by WONEN: 30 days after the end is within, 31 is not (then: home). */
    @Test
    void naarWonenBinnenDertigDagenNietNaEenendertig() {
        String p = aanbieder();
        String g = GEDEELDE_GEMEENTE;
        String a = bsn();
        levering(wijsToe(g, p, a, "44B01", "2025-01-01", "2025-12-31"), "2025-01-01", "2025-04-01");
        start(wijsToe(g, p, a, "44W01", "2025-04-01", "2025-12-31"), "2025-05-01"); // 30 days
        String b = bsn();
        levering(wijsToe(g, p, b, "44B01", "2025-01-01", "2025-12-31"), "2025-01-01", "2025-04-01");
        start(wijsToe(g, p, b, "44W01", "2025-04-01", "2025-12-31"), "2025-05-02"); // 31 days

        Map<String, JsonNode> c = cellen("jaar=2025&peildatum=2025-12-31&aanbieder=" + p);
        aandeel(c, "V10.wonen", 0.5, 2);
        aandeel(c, "V10.thuis", 0.5, 2);
        aandeel(c, "V10.ander-domein", 0.0, 2);
    }
    /** Versions decided on the same day: the later Toewijzingstijd wins, not the later arrival. */
    @Test
    void opDezelfdeDagWintDeLaatsteToewijzingstijd() {
        String p = aanbieder();
        Tw t = new Tw(GEDEELDE_GEMEENTE, p, bsn(), nl.twente.ijw.gateway.fixtures.TestBericht.uniekNummer(),
                "44A01", "2025-02-01");
        accepteer(jw301(t, "2025-02-01", "2025-03-31").zet(TOEGEWEZEN + "/Toewijzingstijd", "14:00:00")
                .voegToeNa(TOEGEWEZEN + "/Einddatum", "RedenWijziging", "05"));
        accepteer(jw301(t, "2025-02-01", "2025-12-31").zet(TOEGEWEZEN + "/Toewijzingstijd", "09:00:00"));
        start(t, "2025-02-01");

        Map<String, JsonNode> c = cellen("jaar=2025&peildatum=2026-01-01&aanbieder=" + p);
        aantal(c, "V3", 28 + 30); // ended by the 14:00 version's Einddatum 2025-03-31
    }

    /** A toewijzing with only a category (44) and a budget falls back on the category's segment: verblijf. */
    @Test
    void eenToewijzingZonderProductcodeTeltInHetSegmentVanDeCategorie() {
        String p = aanbieder();
        Tw t = new Tw(GEDEELDE_GEMEENTE, p, bsn(), nl.twente.ijw.gateway.fixtures.TestBericht.uniekNummer(),
                "44", "2025-03-01");
        accepteer(jw301(t, "2025-03-01", "2025-12-31").verwijder(TOEGEWEZEN + "/Product/Code")
                .verwijder(TOEGEWEZEN + "/Omvang").voegToeNa(TOEGEWEZEN + "/Einddatum", "Budget", 500000));
        accepteer(jw305(t, "2025-03-02", "1").verwijder(START + "/Product/Code"));
        accepteer(jw307(t, "2025-03-02", "31", "2025-03-12", "1").verwijder(STOP + "/Product/Code"));

        Map<String, JsonNode> c = cellen("jaar=2025&peildatum=2026-01-01&aanbieder=" + p);
        aantal(c, "V1", 1);
        aantal(c, "V3", 10);
        aantal(c, "A3", 0);
        aandeel(c, "V6", 1.0, 1);
    }
    /** Corrections count at once: the same query before and after a withdrawn start and a new stop. */
    @Test
    void eenCorrectieVeranderdDeCelMeteen() {
        String p = aanbieder();
        Tw t = wijsToe(GEDEELDE_GEMEENTE, p, bsn(), "44A01", "2025-02-01", "2025-12-31");
        start(t, "2025-02-01");
        String vraag = "jaar=2025&peildatum=2025-03-01&aanbieder=" + p;
        Map<String, JsonNode> voor = cellen(vraag);
        aantal(voor, "V1", 1);
        aantal(voor, "V3", 28); // open, to the peildatum

        trekStartIn(t, "2025-02-01");
        Map<String, JsonNode> ingetrokken = cellen(vraag);
        aantal(ingetrokken, "V1", 0);
        aantal(ingetrokken, "V3", 0);

        start(t, "2025-02-10");
        stop(t, "2025-02-10", "31", "2025-02-20");
        Map<String, JsonNode> na = cellen(vraag);
        aantal(na, "V1", 1);
        aantal(na, "V3", 10);
    }
}
