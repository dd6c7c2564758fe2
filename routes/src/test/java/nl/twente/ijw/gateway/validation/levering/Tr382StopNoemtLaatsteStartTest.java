package nl.twente.ijw.gateway.validation.levering;

import static org.assertj.core.api.Assertions.assertThat;

import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;

class Tr382StopNoemtLaatsteStartTest extends LeveringTestBasis {

    @Test
    void eenStopZonderStartMetDezeBegindatumGeeft9069() {
        Toewijzing t = toewijzing();
        accepteer(start(t, "2026-03-02"));

        Verwerking v = ontvang(stop(t, "2026-03-03", "31", "2026-06-30"));

        assertThat(codes(v, "Header")).containsExactly("0200");
        assertThat(codes(v, "Client")).containsExactly("0200");
        assertThat(codes(v, STOP)).containsExactly("9069");
        assertThat(bevindingen(v, "TR382")).singleElement().satisfies(b -> {
            assertThat(b.retourcode()).isEqualTo("9069");
            assertThat(b.pad()).isEqualTo("/Bericht/Client/StopProducten/StopProduct");
        });
    }

    @Test
    void eenStopMetEenAnderProductDanDeStartGeeft9069() {
        Toewijzing t = toewijzing();
        accepteer(start(t, "2026-03-02"));

        Verwerking v = ontvang(stop(t, "2026-03-02", "31", "2026-06-30").verwijder(STOP + "/Product/Code"));

        assertThat(codes(v, STOP)).containsExactly("9069");
    }

    @Test
    void eenStopOpEenVerwijderdeStartGeeft9069() {
        Toewijzing t = toewijzing();
        accepteer(start(t, "2026-03-02"));
        accepteer(alsVerwijdering(start(t, "2026-03-02")));

        Verwerking v = ontvang(stop(t, "2026-03-02", "31", "2026-06-30"));

        assertThat(codes(v, STOP)).containsExactly("9069");
    }

    @Test
    void naEenHervattingNoemtDeStopDeNieuweStart() {
        Toewijzing t = toewijzing();
        accepteer(start(t, "2026-03-02"));
        accepteer(stop(t, "2026-03-02", "20", "2026-04-30"));
        accepteer(start(t, "2026-05-04"));

        Verwerking v = ontvang(stop(t, "2026-03-02", "31", "2026-06-30"));

        assertThat(codes(v, STOP)).containsExactly("9069");
        assertThat(accepteer(stop(t, "2026-05-04", "31", "2026-06-30")).bevindingen()).isEmpty();
    }

    @Test
    void eenDefinitieveStopNaEenPauzeNoemtDezelfdeStart() {
        // The temporary stop does not break the link: no resumption, so the start is still the latest.
        Toewijzing t = toewijzing();
        accepteer(start(t, "2026-03-02"));
        accepteer(stop(t, "2026-03-02", "20", "2026-04-30"));

        Verwerking v = accepteer(stop(t, "2026-03-02", "31", "2026-06-30"));

        assertThat(bevindingen(v, "TR382")).isEmpty();
    }

    @Test
    void deGoedeStopInHetBerichtKrijgt0200() {
        String bsn = TestBericht.uniekeBsn();
        Toewijzing t1 = toewijzing(bsn);
        Toewijzing t2 = toewijzing(bsn);
        accepteer(start(t1, "2026-03-02"));
        accepteer(start(t2, "2026-03-02"));

        Verwerking v = ontvang(stop(t1, "2026-03-02", "31", "2026-06-30").kopieer(STOP)
                .zet(STOP + "[2]/ToewijzingNummer", t2.nummer()).zet(STOP + "[2]/Begindatum", "2026-03-09"));

        assertThat(codes(v, "Header")).containsExactly("0200");
        assertThat(codes(v, "Client")).containsExactly("0200");
        assertThat(codes(v, STOP + "[1]")).containsExactly("0200");
        assertThat(codes(v, STOP + "[2]")).containsExactly("9069");
    }
}
