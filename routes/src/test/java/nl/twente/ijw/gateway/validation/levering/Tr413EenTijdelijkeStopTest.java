package nl.twente.ijw.gateway.validation.levering;

import static org.assertj.core.api.Assertions.assertThat;

import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;

class Tr413EenTijdelijkeStopTest extends LeveringTestBasis {

    @Test
    void eenTweedeTijdelijkeStopGeeft9413() {
        Toewijzing t = toewijzing();
        accepteer(start(t, "2026-03-02"));
        accepteer(stop(t, "2026-03-02", "20", "2026-04-30"));

        Verwerking v = ontvang(stop(t, "2026-03-02", "20", "2026-05-31"));

        assertThat(codes(v, "Header")).containsExactly("0200");
        assertThat(codes(v, "Client")).containsExactly("0200");
        assertThat(codes(v, STOP)).containsExactly("9413");
        assertThat(bevindingen(v, "TR413")).singleElement().satisfies(b ->
                assertThat(b.pad()).isEqualTo("/Bericht/Client/StopProducten/StopProduct/RedenBeeindiging"));
    }

    @Test
    void tweeTijdelijkeStopsInEenBericht() {
        // The one with the later Einddatum comes second, wherever it stands in the message.
        Toewijzing t = toewijzing();
        accepteer(start(t, "2026-03-02"));

        Verwerking v = ontvang(stop(t, "2026-03-02", "20", "2026-05-31").kopieer(STOP)
                .zet(STOP + "[2]/Einddatum", "2026-04-30"));

        assertThat(codes(v, "Header")).containsExactly("0200");
        assertThat(codes(v, "Client")).containsExactly("0200");
        assertThat(codes(v, STOP + "[1]")).containsExactly("9413");
        assertThat(codes(v, STOP + "[2]")).containsExactly("0200");
    }

    @Test
    void eenVerwijderdeTijdelijkeStopTeltNietMee() {
        // IV008: the Einddatum is a key field, so removal and correction go in one message.
        Toewijzing t = toewijzing();
        accepteer(start(t, "2026-03-02"));
        accepteer(stop(t, "2026-03-02", "20", "2026-04-30"));

        Verwerking v = accepteer(stop(t, "2026-03-02", "20", "2026-04-30").kopieer(STOP)
                .zet(STOP + "[1]/StatusAanlevering", "3").zet(STOP + "[2]/Einddatum", "2026-05-15"));

        assertThat(bevindingen(v, "TR413")).isEmpty();
    }

    @Test
    void eenHervatteStartMagWeerPauzeren() {
        Toewijzing t = toewijzing();
        accepteer(start(t, "2026-03-02"));
        accepteer(stop(t, "2026-03-02", "20", "2026-04-30"));
        accepteer(start(t, "2026-05-04"));

        Verwerking v = accepteer(stop(t, "2026-05-04", "20", "2026-06-30"));

        assertThat(bevindingen(v, "TR413")).isEmpty();
    }
}
