package nl.twente.ijw.gateway.validation.levering;

import static org.assertj.core.api.Assertions.assertThat;

import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;

class Tr071StartMetStopNietVerwijderenTest extends LeveringTestBasis {

    @Test
    void eenGestopteStartVerwijderenGeeft9071() {
        Toewijzing t = toewijzing();
        accepteer(start(t, "2026-03-02"));
        accepteer(stop(t, "2026-03-02", "31", "2026-06-30"));

        Verwerking v = ontvang(alsVerwijdering(start(t, "2026-03-02")));

        assertThat(codes(v, "Header")).containsExactly("0200");
        assertThat(codes(v, "Client")).containsExactly("0200");
        assertThat(codes(v, START)).containsExactly("9071");
        assertThat(bevindingen(v, "TR071")).singleElement().satisfies(b ->
                assertThat(b.pad()).isEqualTo("/Bericht/Client/StartProducten/StartProduct"));
    }

    @Test
    void eenTijdelijkGestopteStartVerwijderenGeeftOok9071() {
        Toewijzing t = toewijzing();
        accepteer(start(t, "2026-03-02"));
        accepteer(stop(t, "2026-03-02", "20", "2026-04-30"));

        Verwerking v = ontvang(alsVerwijdering(start(t, "2026-03-02")));

        assertThat(codes(v, START)).containsExactly("9071");
    }

    @Test
    void naHetVerwijderenVanDeStopMagDeStartWorden() {
        Toewijzing t = toewijzing();
        accepteer(start(t, "2026-03-02"));
        accepteer(stop(t, "2026-03-02", "31", "2026-06-30"));
        accepteer(alsVerwijdering(stop(t, "2026-03-02", "31", "2026-06-30")));

        Verwerking v = accepteer(alsVerwijdering(start(t, "2026-03-02")));

        assertThat(bevindingen(v, "TR071")).isEmpty();
    }

    @Test
    void deAndereStartInHetBerichtKrijgt0200() {
        String bsn = TestBericht.uniekeBsn();
        Toewijzing t1 = toewijzing(bsn);
        Toewijzing t2 = toewijzing(bsn);
        accepteer(start(t1, "2026-03-02"));
        accepteer(stop(t1, "2026-03-02", "31", "2026-06-30"));

        Verwerking v = ontvang(alsVerwijdering(start(t1, "2026-03-02")).kopieer(START)
                .zet(START + "[2]/ToewijzingNummer", t2.nummer()).zet(START + "[2]/StatusAanlevering", "1"));

        assertThat(codes(v, "Header")).containsExactly("0200");
        assertThat(codes(v, "Client")).containsExactly("0200");
        assertThat(codes(v, START + "[1]")).containsExactly("9071");
        assertThat(codes(v, START + "[2]")).containsExactly("0200");
    }
}
