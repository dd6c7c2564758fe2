package nl.twente.ijw.gateway.validation.levering;

import static org.assertj.core.api.Assertions.assertThat;

import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;

class Tr326GeenActueleStartTest extends LeveringTestBasis {

    @Test
    void eenTweedeStartTerwijlDeEersteLooptGeeft9326() {
        Toewijzing t = toewijzing();
        accepteer(start(t, "2026-03-02"));

        Verwerking v = ontvang(start(t, "2026-05-04"));

        assertThat(codes(v, "Header")).containsExactly("0200");
        assertThat(codes(v, "Client")).containsExactly("0200");
        assertThat(codes(v, START)).containsExactly("9326");
        assertThat(bevindingen(v, "TR326")).singleElement().satisfies(b ->
                assertThat(b.pad()).isEqualTo("/Bericht/Client/StartProducten/StartProduct"));
    }

    @Test
    void tweeNieuweStartsOpEenToewijzingInEenBericht() {
        // Both would be current; the one with the later Begindatum is refused, wherever it stands.
        Toewijzing t = toewijzing();

        Verwerking v = ontvang(start(t, "2026-06-01").kopieer(START).zet(START + "[2]/Begindatum", "2026-03-02"));

        assertThat(codes(v, "Header")).containsExactly("0200");
        assertThat(codes(v, "Client")).containsExactly("0200");
        assertThat(codes(v, START + "[1]")).containsExactly("9326");
        assertThat(codes(v, START + "[2]")).containsExactly("0200");
    }

    @Test
    void eenNieuweStartNaEenTijdelijkeStopMag() {
        // OP379: after the pause care resumes with a new start and a new Begindatum.
        Toewijzing t = toewijzing();
        accepteer(start(t, "2026-03-02"));
        accepteer(stop(t, "2026-03-02", "20", "2026-04-30"));

        Verwerking v = accepteer(start(t, "2026-05-04"));

        assertThat(bevindingen(v, "TR326")).isEmpty();
    }

    @Test
    void eenNieuweStartNaEenDefinitieveStopMag() {
        Toewijzing t = toewijzing();
        accepteer(start(t, "2026-03-02"));
        accepteer(stop(t, "2026-03-02", "31", "2026-04-30"));

        Verwerking v = accepteer(start(t, "2026-09-01"));

        assertThat(bevindingen(v, "TR326")).isEmpty();
    }

    @Test
    void deBegindatumCorrigerenInEenBerichtMag() {
        // IV008: Begindatum is a key field, so removal and new start may share one message;
        // the removal counts first.
        Toewijzing t = toewijzing();
        accepteer(start(t, "2026-03-02"));

        Verwerking v = accepteer(start(t, "2026-03-02").kopieer(START)
                .zet(START + "[1]/StatusAanlevering", "3").zet(START + "[2]/Begindatum", "2026-03-05"));

        assertThat(bevindingen(v, "TR326")).isEmpty();
    }

    @Test
    void eenLopendeStartOpEenAndereToewijzingStaatNietInDeWeg() {
        String bsn = TestBericht.uniekeBsn();
        Toewijzing t1 = toewijzing(bsn);
        Toewijzing t2 = toewijzing(bsn);
        accepteer(start(t1, "2026-03-02"));

        Verwerking v = accepteer(start(t2, "2026-03-02"));

        assertThat(bevindingen(v, "TR326")).isEmpty();
    }
}
