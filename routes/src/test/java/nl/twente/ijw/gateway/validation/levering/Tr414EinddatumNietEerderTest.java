package nl.twente.ijw.gateway.validation.levering;

import static org.assertj.core.api.Assertions.assertThat;

import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;

class Tr414EinddatumNietEerderTest extends LeveringTestBasis {

    @Test
    void eenDefinitieveStopVoorDeTijdelijkeStopGeeft9414() {
        Toewijzing t = toewijzing();
        accepteer(start(t, "2026-03-02"));
        accepteer(stop(t, "2026-03-02", "20", "2026-06-30"));

        Verwerking v = ontvang(stop(t, "2026-03-02", "31", "2026-06-29"));

        assertThat(codes(v, "Header")).containsExactly("0200");
        assertThat(codes(v, "Client")).containsExactly("0200");
        assertThat(codes(v, STOP)).containsExactly("9414");
        assertThat(bevindingen(v, "TR414")).singleElement().satisfies(b ->
                assertThat(b.pad()).isEqualTo("/Bericht/Client/StopProducten/StopProduct/Einddatum"));
    }

    @Test
    void eenDefinitieveStopOpDeDagVanDeTijdelijkeStopMag() {
        // Equal Einddatum is allowed since 3.2 (OP377, OP378).
        Toewijzing t = toewijzing();
        accepteer(start(t, "2026-03-02"));
        accepteer(stop(t, "2026-03-02", "20", "2026-06-30"));

        Verwerking v = accepteer(stop(t, "2026-03-02", "31", "2026-06-30"));

        assertThat(bevindingen(v, "TR414")).isEmpty();
    }

    @Test
    void pauzeEnDefinitieveStopMogenSamenInEenBericht() {
        // The definitive stop stands first; the order within the message does not count.
        Toewijzing t = toewijzing();
        accepteer(start(t, "2026-03-02"));

        Verwerking v = accepteer(stop(t, "2026-03-02", "31", "2026-04-30").kopieer(STOP)
                .zet(STOP + "[2]/RedenBeeindiging", "20"));

        assertThat(bevindingen(v, "TR414")).isEmpty();
        assertThat(bevindingen(v, "TR415")).isEmpty();
    }

    @Test
    void deGoedeStopInHetBerichtKrijgt0200() {
        String bsn = TestBericht.uniekeBsn();
        Toewijzing t1 = toewijzing(bsn);
        Toewijzing t2 = toewijzing(bsn);
        accepteer(start(t1, "2026-03-02"));
        accepteer(start(t2, "2026-03-02"));
        accepteer(stop(t1, "2026-03-02", "20", "2026-06-30"));

        Verwerking v = ontvang(stop(t1, "2026-03-02", "31", "2026-06-29").kopieer(STOP)
                .zet(STOP + "[2]/ToewijzingNummer", t2.nummer()));

        assertThat(codes(v, "Header")).containsExactly("0200");
        assertThat(codes(v, "Client")).containsExactly("0200");
        assertThat(codes(v, STOP + "[1]")).containsExactly("9414");
        assertThat(codes(v, STOP + "[2]")).containsExactly("0200");
    }
}
