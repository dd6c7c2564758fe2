package nl.twente.ijw.gateway.validation.levering;

import static org.assertj.core.api.Assertions.assertThat;

import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;

class Tr063VerwijderdeMeldingBestaatTest extends LeveringTestBasis {

    @Test
    void hetVerwijderenVanEenNooitVerstuurdeStartGeeft9063() {
        // IV028's own example: Header 0200, Client 0200, StartProduct 9063.
        Toewijzing t = toewijzing();

        Verwerking v = ontvang(alsVerwijdering(start(t, "2026-03-02")));

        assertThat(codes(v, "Header")).containsExactly("0200");
        assertThat(codes(v, "Client")).containsExactly("0200");
        assertThat(codes(v, START)).containsExactly("9063");
        assertThat(bevindingen(v, "TR063")).singleElement().satisfies(b ->
                assertThat(b.pad()).isEqualTo("/Bericht/Client/StartProducten/StartProduct"));
    }

    @Test
    void eenVerwijderingMetEenAndereEinddatumDanDeStopGeeft9063() {
        Toewijzing t = toewijzing();
        accepteer(start(t, "2026-03-02"));
        accepteer(stop(t, "2026-03-02", "31", "2026-06-30"));

        Verwerking v = ontvang(alsVerwijdering(stop(t, "2026-03-02", "31", "2026-06-29")));

        assertThat(codes(v, "Header")).containsExactly("0200");
        assertThat(codes(v, "Client")).containsExactly("0200");
        assertThat(codes(v, STOP)).containsExactly("9063");
    }

    @Test
    void eenAlVerwijderdeStartNogmaalsVerwijderenGeeft9063() {
        Toewijzing t = toewijzing();
        accepteer(start(t, "2026-03-02"));
        accepteer(alsVerwijdering(start(t, "2026-03-02")));

        Verwerking v = ontvang(alsVerwijdering(start(t, "2026-03-02")));

        assertThat(codes(v, START)).containsExactly("9063");
    }

    @Test
    void eenGoedeRecordNaastDeFouteVerwijderingKrijgt0200() {
        String bsn = TestBericht.uniekeBsn();
        Toewijzing t1 = toewijzing(bsn);
        Toewijzing t2 = toewijzing(bsn);

        Verwerking v = ontvang(start(t1, "2026-03-02").kopieer(START)
                .zet(START + "[2]/ToewijzingNummer", t2.nummer()).zet(START + "[2]/StatusAanlevering", "3"));

        assertThat(codes(v, "Header")).containsExactly("0200");
        assertThat(codes(v, "Client")).containsExactly("0200");
        assertThat(codes(v, START + "[1]")).containsExactly("0200");
        assertThat(codes(v, START + "[2]")).containsExactly("9063");
    }

    @Test
    void eenVerwijderingMetEenAndereToewijzingIngangsdatumVindtDeStart() {
        // ToewijzingIngangsdatum is in no key (IV008): the removal names the same start.
        Toewijzing t = toewijzing();
        accepteer(start(t, "2026-03-02"));

        Verwerking v = accepteer(alsVerwijdering(start(t, "2026-03-02").zet(START + "/ToewijzingIngangsdatum", "2026-03-05")));

        assertThat(bevindingen(v, "TR063")).isEmpty();
    }

    @Test
    void eenBestaandeStopVerwijderenMag() {
        Toewijzing t = toewijzing();
        accepteer(start(t, "2026-03-02"));
        accepteer(stop(t, "2026-03-02", "20", "2026-04-30"));

        Verwerking v = accepteer(alsVerwijdering(stop(t, "2026-03-02", "20", "2026-04-30")));

        assertThat(bevindingen(v, "TR063")).isEmpty();
    }
}
