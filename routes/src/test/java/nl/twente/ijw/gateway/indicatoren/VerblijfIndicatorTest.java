package nl.twente.ijw.gateway.indicatoren;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import nl.twente.ijw.gateway.fixtures.TestBericht;
import org.junit.jupiter.api.Test;

/** Scenarios with hand-computed values for the verblijf, ambulant and re-entry indicators. */
class VerblijfIndicatorTest extends IndicatorTestBasis {

    /**
     * Client 1: 43B01 (285 euro an etmaal), decided 2024-12-01, care 2025-01-10 to 2025-03-01:
     * 50 nights, wait 40. Client 2: 44A01 (45 euro), decided 2025-05-01, care from 2025-07-01
     * (wait 61) until the toewijzing ends on 2025-12-31: 183 nights. Client 3: 45A01
     * begeleiding (65 euro an hour), decided 2025-02-01, care 2025-02-10 to 2025-04-11: wait 9,
     * 60 days. Client 4: 43C01 decided 2025-10-01, never started.
     */
    String viervoorbeelden() {
        String aanbieder = nieuweAanbieder();
        Toewijzing t1 = toewijzing(TestBericht.uniekeBsn(), aanbieder, "43B01", "2024-12-01", "2025-01-01", "2025-12-31");
        start(t1, "2025-01-10");
        stop(t1, "2025-01-10", "31", "2025-03-01");
        Toewijzing t2 = toewijzing(TestBericht.uniekeBsn(), aanbieder, "44A01", "2025-05-01", "2025-06-01", "2025-12-31");
        start(t2, "2025-07-01");
        Toewijzing t3 = toewijzing(TestBericht.uniekeBsn(), aanbieder, "45A01", "2025-02-01", "2025-02-01", "2025-12-31");
        start(t3, "2025-02-10");
        stop(t3, "2025-02-10", "31", "2025-04-11");
        toewijzing(TestBericht.uniekeBsn(), aanbieder, "43C01", "2025-10-01", "2025-10-01", "2026-12-31");
        return aanbieder;
    }

    @Test
    void verblijfEnAmbulantIn2025() {
        String aanbieder = viervoorbeelden();
        List<Cel> cellen = cellen(2025, aanbieder);

        Cel v1 = cel(cellen, "V1");
        assertThat(v1.waarde()).isEqualTo(2L);
        assertThat(v1.noemer()).isNull();
        assertThat(v1.aanbieder()).isEqualTo(aanbieder);
        assertThat(v1.gemeente()).isNull();
        assertThat(v1.basisjaar()).isEqualTo(2024);
        assertThat(v1.basiswaarde()).isEqualTo(0L);
        assertThat(v1.streefwaarde()).isEqualTo("2027 ≤ 70% van 2024");
        assertThat(v1.oordeel()).isEqualTo("no baseline");
        assertThat(v1.onderdrukt()).isFalse();

        assertThat(cel(cellen, "V2").waarde()).isEqualTo(0L);
        assertThat(cel(cellen, "V3").waarde()).isEqualTo(233L);
        Cel v4 = cel(cellen, "V4");
        assertThat(v4.waarde()).isEqualTo(1.0);
        assertThat(v4.noemer()).isEqualTo(2L);
        assertThat(v4.oordeel()).isEqualTo("on track");
        Cel v6 = cel(cellen, "V6");
        assertThat(v6.waarde()).isEqualTo(0.5);
        assertThat(v6.noemer()).isEqualTo(2L);
        assertThat(v6.oordeel()).isEqualTo("off track");
        Cel v5 = cel(cellen, "V5");
        assertThat(v5.waarde()).isNull();
        assertThat(v5.noemer()).isEqualTo(0L);
        // On 2025-12-31 client 4 has waited 91 days, over the norm of 42.
        assertThat(cel(cellen, "V7").waarde()).isEqualTo(1L);
        assertThat(cel(cellen, "V7").oordeel()).isEqualTo("off track");
        // (50 × 285 + 183 × 45) / 2 = (14250 + 8235) / 2
        Cel v9 = cel(cellen, "V9");
        assertThat(v9.waarde()).isEqualTo(new BigDecimal("11242.50"));
        assertThat(v9.noemer()).isEqualTo(2L);
        assertThat(cel(cellen, "A3").waarde()).isEqualTo(1L);
        // 60 days × 65 euro (the catalogue tariff taken as a day price)
        assertThat(cel(cellen, "A4").waarde()).isEqualTo(new BigDecimal("3900.00"));
        assertThat(cel(cellen, "A1.begeleiding.gemiddeld").waarde()).isEqualTo(60.0);
        assertThat(cel(cellen, "A1.begeleiding.mediaan").waarde()).isEqualTo(60.0);
        assertThat(cel(cellen, "A1.begeleiding.mediaan").noemer()).isEqualTo(1L);
        assertThat(cel(cellen, "A1.behandeling.gemiddeld").waarde()).isNull();
        assertThat(cel(cellen, "A5.begeleiding").waarde()).isEqualTo(1.0);
        assertThat(cel(cellen, "A5.begeleiding").oordeel()).isEqualTo("on track");
        assertThat(cel(cellen, "T3").waarde()).isEqualTo(0L);
        assertThat(cel(cellen, "V10.thuis").oordeel()).isNull();
        assertThat(cel(cellen, "V10.thuis").streefwaarde()).isNull();
        assertThat(cellen).extracting(Cel::id).startsWith("V1", "V2", "V3", "V4", "V5", "V6", "V7", "V8", "V9",
                "V10.wonen", "V10.ander-domein", "V10.thuis", "A1.begeleiding.gemiddeld");
        assertThat(cellen).extracting(Cel::id).endsWith("T2.08", "T2.onbekend", "T3", "T4");

        // In 2024 only client 1's toewijzing existed, not yet started.
        assertThat(cel(cellen(2024, aanbieder), "V1").waarde()).isEqualTo(0L);
    }

    @Test
    void eenSegmentfilterGeeftNulVoorIndicatorenVanEenAnderSegment() {
        String aanbieder = viervoorbeelden();
        List<Cel> cellen = indicatoren.cellen(2025, new Filter(null, aanbieder, "AMBULANT", null), PEILDATUM, null);
        assertThat(cel(cellen, "V1").waarde()).isEqualTo(0L);
        assertThat(cel(cellen, "V1").segment()).isEqualTo("AMBULANT");
        assertThat(cel(cellen, "V4").noemer()).isEqualTo(0L);
        assertThat(cel(cellen, "V4").waarde()).isNull();
        assertThat(cel(cellen, "A3").waarde()).isEqualTo(1L);
    }

    @Test
    void uitlegNoemtDeTrajectenVanDeCel() {
        String aanbieder = viervoorbeelden();
        List<Uitlegregel> v3 = indicatoren.uitleg("V3", 2025, new Filter(null, aanbieder, null, null), PEILDATUM);
        assertThat(v3).extracting(Uitlegregel::bijdrage).containsExactlyInAnyOrder(50L, 183L);
        assertThat(v3).allSatisfy(r -> {
            assertThat(r.client()).hasSize(64);
            assertThat(r.aanbieder()).isEqualTo(aanbieder);
            assertThat(r.segment()).isEqualTo("VERBLIJF");
        });
        assertThat(v3).extracting(r -> String.valueOf(r.einddatum())).containsExactlyInAnyOrder("2025-03-01", "2025-12-31");
        List<Uitlegregel> v6 = indicatoren.uitleg("V6", 2025, new Filter(null, aanbieder, null, null), PEILDATUM);
        assertThat(v6).extracting(Uitlegregel::bijdrage).containsExactlyInAnyOrder(40, 61);
    }

    @Test
    void kleineCellenWordenOnderdruktBehalveInDeUitleg() {
        String aanbieder = viervoorbeelden();
        int eerder = properties.getMinCellSize();
        properties.setMinCellSize(5);
        try {
            List<Cel> cellen = cellen(2025, aanbieder);
            Cel v1 = cel(cellen, "V1");
            assertThat(v1.onderdrukt()).isTrue();
            assertThat(v1.waarde()).isNull();
            assertThat(v1.noemer()).isNull();
            assertThat(v1.oordeel()).isNull();
            // Nobody behind the cell: 0 is shown.
            Cel v2 = cel(cellen, "V2");
            assertThat(v2.onderdrukt()).isFalse();
            assertThat(v2.waarde()).isEqualTo(0L);
            assertThat(indicatoren.uitleg("V1", 2025, new Filter(null, aanbieder, null, null), PEILDATUM)).hasSize(2);
        } finally {
            properties.setMinCellSize(eerder);
        }
    }

    @Test
    void doorplaatsingEnUitstroom() {
        String x = nieuweAanbieder();
        String y = nieuweAanbieder();
        // A: verblijf at x until 2025-03-31, then verblijf at y from 2025-04-10: a transfer.
        String a = TestBericht.uniekeBsn();
        Toewijzing a1 = toewijzing(a, x, "43B01", "2025-01-01", "2025-01-01", "2025-12-31");
        start(a1, "2025-01-01");
        stop(a1, "2025-01-01", "31", "2025-03-31");
        Toewijzing a2 = toewijzing(a, y, "43B01", "2025-04-01", "2025-04-01", "2025-12-31");
        start(a2, "2025-04-10");
        // B: verblijf at x until 2025-05-01, then begeleid wonen from 2025-05-21: naar wonen.
        String b = TestBericht.uniekeBsn();
        Toewijzing b1 = toewijzing(b, x, "43B01", "2025-01-01", "2025-01-01", "2025-12-31");
        start(b1, "2025-02-01");
        stop(b1, "2025-02-01", "31", "2025-05-01");
        Toewijzing b2 = toewijzing(b, x, "44W01", "2025-05-01", "2025-05-01", "2025-12-31");
        start(b2, "2025-05-21");
        // C: verblijf at x ended with reden 39: ander domein.
        String c = TestBericht.uniekeBsn();
        Toewijzing c1 = toewijzing(c, x, "44A01", "2025-01-01", "2025-01-01", "2025-12-31");
        start(c1, "2025-01-15");
        stop(c1, "2025-01-15", "39", "2025-06-01");

        List<Cel> cellen = cellen(2025, x);
        assertThat(cel(cellen, "V1").waarde()).isEqualTo(3L);
        assertThat(cel(cellen, "V4").waarde()).isEqualTo(2.0 / 3);
        assertThat(cel(cellen, "V4").noemer()).isEqualTo(3L);
        assertThat(cel(cellen, "V4").oordeel()).isEqualTo("off track");
        assertThat(cel(cellen, "V10.wonen").waarde()).isEqualTo(0.5);
        assertThat(cel(cellen, "V10.wonen").noemer()).isEqualTo(2L);
        assertThat(cel(cellen, "V10.ander-domein").waarde()).isEqualTo(0.5);
        assertThat(cel(cellen, "V10.thuis").waarde()).isEqualTo(0.0);

        // At y, A's second placement has no stop: its toewijzing ends it on 2025-12-31, to home.
        List<Cel> bijY = cellen(2025, y);
        assertThat(cel(bijY, "V4").waarde()).isEqualTo(1.0);
        assertThat(cel(bijY, "V10.thuis").noemer()).isEqualTo(1L);
        assertThat(cel(bijY, "V10.thuis").waarde()).isEqualTo(1.0);
    }

    @Test
    void herinstroomNaEenGatVan183Dagen() {
        String x = nieuweAanbieder();
        // D: gap 2024-07-01 → 2025-01-01 is 183 days: a new episode.
        String d = TestBericht.uniekeBsn();
        toewijzing(d, x, "45A01", "2024-01-01", "2024-01-01", "2024-07-01");
        toewijzing(d, x, "45A01", "2025-01-01", "2025-01-01", "2025-06-30");
        // E: gap 2024-07-02 → 2025-01-01 is 182 days: the same episode.
        String e = TestBericht.uniekeBsn();
        toewijzing(e, x, "45A01", "2024-01-01", "2024-01-01", "2024-07-02");
        toewijzing(e, x, "45A01", "2025-01-01", "2025-01-01", "2025-06-30");

        List<Cel> cellen = cellen(2025, x);
        assertThat(cel(cellen, "V8").waarde()).isEqualTo(1L);
        assertThat(cel(cellen, "A2").waarde()).isEqualTo(1L);
        assertThat(cel(cellen, "T4").waarde()).isEqualTo(1L);
        assertThat(cel(cellen(2024, x), "V8").waarde()).isEqualTo(0L);
        assertThat(indicatoren.uitleg("V8", 2025, new Filter(null, x, null, null), PEILDATUM))
                .singleElement().satisfies(r -> assertThat(String.valueOf(r.begindatum())).isEqualTo("null"));
    }
}
