package nl.twente.ijw.gateway.validation.levering;

import static org.assertj.core.api.Assertions.assertThat;

import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;

class Tr019ToewijzingBekendTest extends LeveringTestBasis {

    @Test
    void eenOnbekendToewijzingNummerGeeft9019OpDeStart() {
        Toewijzing t = toewijzing();

        Verwerking v = ontvang(start(t, "2026-03-02").zet(START + "/ToewijzingNummer", TestBericht.uniekNummer()));

        assertThat(codes(v, "Header")).containsExactly("0200");
        assertThat(codes(v, "Client")).containsExactly("0200");
        assertThat(codes(v, START)).containsExactly("9019");
        assertThat(bevindingen(v, "TR019")).singleElement().satisfies(b -> {
            assertThat(b.pad()).isEqualTo("/Bericht/Client/StartProducten/StartProduct/ToewijzingNummer");
            assertThat(b.uitleg()).doesNotContain(t.bsn());
        });
    }

    @Test
    void eenToewijzingVanEenAndereClientGeeft9019() {
        Toewijzing t = toewijzing();

        Verwerking v = ontvang(start(t, "2026-03-02").zetOveral("Bsn", TestBericht.uniekeBsn()));

        assertThat(codes(v, "Header")).containsExactly("0200");
        assertThat(codes(v, "Client")).containsExactly("0200");
        assertThat(codes(v, START)).containsExactly("9019");
    }

    @Test
    void eenToewijzingAanEenAndereAanbiederGeeft9019() {
        Toewijzing t = toewijzing();

        Verwerking v = ontvang(start(t, "2026-03-02").zet("Header/Afzender", "12345678"));

        assertThat(codes(v, START)).containsExactly("9019");
        assertThat(codes(v, "Client")).containsExactly("0200");
    }

    @Test
    void eenStopOpEenVerwijderdeToewijzingGeeft9019() {
        Toewijzing t = toewijzing();
        accepteer(start(t, "2026-03-02"));
        // The gemeente deletes the toewijzing (RedenWijziging 13, Einddatum = Ingangsdatum): as if never sent.
        accepteer(jw301(t).zet(PRODUCT + "/Toewijzingsdatum", "2026-03-02").zet(PRODUCT + "/Toewijzingstijd", "11:00:00")
                .zet(PRODUCT + "/Einddatum", "2026-03-01").voegToeNa(PRODUCT + "/Einddatum", "RedenWijziging", "13"));

        Verwerking v = ontvang(stop(t, "2026-03-02", "31", "2026-06-30"));

        assertThat(codes(v, "Header")).containsExactly("0200");
        assertThat(codes(v, "Client")).containsExactly("0200");
        assertThat(codes(v, STOP)).containsExactly("9019");
        assertThat(bevindingen(v, "TR019")).singleElement().satisfies(b ->
                assertThat(b.pad()).isEqualTo("/Bericht/Client/StopProducten/StopProduct/ToewijzingNummer"));
    }

    @Test
    void eenFoutInEenVanDrieStartsWeigertHetHeleBericht() {
        String bsn = TestBericht.uniekeBsn();
        Toewijzing t1 = toewijzing(bsn);
        Toewijzing t3 = toewijzing(bsn);
        TestBericht bericht = start(t1, "2026-03-02").kopieer(START).kopieer(START)
                .zet(START + "[2]/ToewijzingNummer", TestBericht.uniekNummer())
                .zet(START + "[3]/ToewijzingNummer", t3.nummer());

        Verwerking v = ontvang(bericht);

        assertThat(codes(v, "Header")).containsExactly("0200");
        assertThat(codes(v, "Client")).containsExactly("0200");
        assertThat(codes(v, START + "[1]")).containsExactly("0200");
        assertThat(codes(v, START + "[2]")).containsExactly("9019");
        assertThat(codes(v, START + "[3]")).containsExactly("0200");
        assertThat(bevindingen(v, "TR019")).singleElement().satisfies(b ->
                assertThat(b.pad()).isEqualTo("/Bericht/Client/StartProducten/StartProduct[2]/ToewijzingNummer"));
        // OP286: the rejected message counts as never sent; none of its three starts is kept.
        assertThat(rijenInStand(bsn)).isZero();
        accepteer(start(t1, "2026-03-02").kopieer(START).zet(START + "[2]/ToewijzingNummer", t3.nummer()));
        assertThat(rijenInStand(bsn)).isEqualTo(2);
    }

    @Test
    void eenAndereToewijzingIngangsdatumIsGeen9019() {
        // TR019 links by number only; IV075 asks for equal values but gives no retourcode.
        Toewijzing t = toewijzing();

        Verwerking v = accepteer(start(t, "2026-03-02").zet(START + "/ToewijzingIngangsdatum", "2026-03-05"));

        assertThat(bevindingen(v, "TR019")).isEmpty();
    }

    @Test
    void eenAnderProductIsGeen9019() {
        Toewijzing t = toewijzing();

        Verwerking v = ontvang(start(t, "2026-03-02").zet(START + "/Product/Code", "45A02"));

        assertThat(bevindingen(v, "TR019")).isEmpty();
    }

    @Test
    void eenTaakgerichteStartZonderToewijzingNummerWordtNietGekoppeld() {
        Toewijzing t = toewijzing();

        Verwerking v = ontvang(start(t, "2026-03-02").verwijder(START + "/ToewijzingNummer"));

        assertThat(bevindingen(v, "TR019")).isEmpty();
    }

    @Test
    void eenVerwijderingWordtAlleenOpBestaanGecontroleerd() {
        Toewijzing t = toewijzing();
        TestBericht start = start(t, "2026-03-02").zet(START + "/ToewijzingNummer", TestBericht.uniekNummer());

        Verwerking v = ontvang(alsVerwijdering(start));

        assertThat(bevindingen(v, "TR019")).isEmpty();
        assertThat(codes(v, START)).containsExactly("9063");
    }
}
