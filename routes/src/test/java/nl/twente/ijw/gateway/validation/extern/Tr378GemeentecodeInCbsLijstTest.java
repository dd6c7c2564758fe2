package nl.twente.ijw.gateway.validation.extern;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.twente.ijw.gateway.archief.Aanlevering;
import nl.twente.ijw.gateway.fixtures.RegelTestBasis;
import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.inbound.OntvangstRoute;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;

/**
 * TR378 on the header. The shipped example list has Weesp (0457) until 2022-03-23 (it joined
 * Amsterdam on 2022-03-24) and Dijk en Waard (1980) from 2022-01-01.
 */
class Tr378GemeentecodeInCbsLijstTest extends RegelTestBasis {

    @Test
    void eenOnbekendeGemeentecodeAlsOntvangerGeeftS300OpDeHeader() {
        Verwerking v = ontvang(TestBericht.jw305().zet("Header/Ontvanger", "9999"));

        assertThat(codes(v, "Header")).containsExactly("S300");
        assertThat(bevat(v, "Client")).isFalse();
        assertThat(bevindingen(v, "TR378")).singleElement().satisfies(b -> {
            assertThat(b.pad()).isEqualTo("/Bericht/Header/Ontvanger");
            assertThat(b.uitleg()).isEqualTo("Gemeentecode 9999 in Ontvanger komt niet voor in de CBS-lijst van"
                    + " gemeentecodes. Gebruik de CBS-code (vier cijfers) van de gemeente.");
        });
    }

    @Test
    void eenOnbekendeGemeentecodeAlsAfzenderVanEenToewijzingGeeftS300OpDeHeader() {
        Verwerking v = ontvang(TestBericht.jw301().zet("Header/Afzender", "0000"));

        assertThat(codes(v, "Header")).containsExactly("S300");
        assertThat(bevat(v, "Client")).isFalse();
        assertThat(bevindingen(v, "TR378")).singleElement()
                .satisfies(b -> assertThat(b.pad()).isEqualTo("/Bericht/Header/Afzender"));
    }

    @Test
    void eenVervallenCodeMagVoorEenToewijzingDieOpHaarLaatsteDagIngaat() {
        Verwerking v = accepteer(toewijzing("0457", "2022-03-23"));

        assertThat(bevindingen(v, "TR378")).isEmpty();
    }

    @Test
    void eenVervallenCodeGeeftS300VoorEenToewijzingDieNaDeHerindelingIngaat() {
        Verwerking v = ontvang(toewijzing("0457", "2022-03-24"));

        assertThat(codes(v, "Header")).containsExactly("S300");
        assertThat(bevat(v, "Client")).isFalse();
        assertThat(bevindingen(v, "TR378")).singleElement().satisfies(b -> {
            assertThat(b.pad()).isEqualTo("/Bericht/Header/Afzender");
            assertThat(b.uitleg()).startsWith("Gemeentecode 0457 (Weesp) in Afzender is volgens de CBS-lijst geldig tot"
                    + " en met 2022-03-23, dus niet op 2022-03-24 (Ingangsdatum van toewijzing ");
        });
    }

    @Test
    void eenNieuweCodeGeldtVanafDeDagVanDeHerindeling() {
        assertThat(bevindingen(accepteer(toewijzing("1980", "2022-01-01")), "TR378")).isEmpty();

        Verwerking v = ontvang(toewijzing("1980", "2021-12-31"));
        assertThat(codes(v, "Header")).containsExactly("S300");
    }

    @Test
    void elkeToewijzingInHetBerichtTelt() {
        TestBericht bericht = toewijzing("0457", "2022-03-01")
                .kopieer("Client/ToegewezenProducten/ToegewezenProduct")
                .zet("Client/ToegewezenProducten/ToegewezenProduct[2]/ToewijzingNummer", TestBericht.uniekNummer())
                .zet("Client/ToegewezenProducten/ToegewezenProduct[2]/Product/Code", "45A02")
                .zet("Client/ToegewezenProducten/ToegewezenProduct[2]/Ingangsdatum", "2022-03-24");

        Verwerking v = ontvang(bericht);

        assertThat(codes(v, "Header")).containsExactly("S300");
    }

    @Test
    void eenVerzoekOmToewijzingTeltMetDeToewijzingIngangsdatumVanDeRegel() {
        assertThat(bevindingen(accepteer(verzoek("0457", "2022-03-23")), "TR378")).isEmpty();

        Verwerking v = ontvang(verzoek("0457", "2022-03-24"));
        assertThat(codes(v, "Header")).containsExactly("S300");
        assertThat(bevindingen(v, "TR378")).singleElement()
                .satisfies(b -> assertThat(b.uitleg()).contains("dus niet op 2022-03-24 (ToewijzingIngangsdatum)"));
    }

    @Test
    void eenStartZonderToewijzingIngangsdatumTeltMetDeIngangsdatumVanDeOntvangenToewijzing() {
        String bsn = TestBericht.uniekeBsn();
        long nummer = TestBericht.uniekNummer();
        accepteer(TestBericht.jw301().zet("Header/Afzender", "0457").zetOveral("Bsn", bsn).zetOveral("ToewijzingNummer", nummer)
                .zet("Client/ToegewezenProducten/ToegewezenProduct/Ingangsdatum", "2022-03-01"));

        // Begun after the merger, on a toewijzing that began before it: the old code still serves.
        Verwerking v = accepteer(TestBericht.jw305().zet("Header/Ontvanger", "0457").zetOveral("Bsn", bsn)
                .zetOveral("ToewijzingNummer", nummer)
                .verwijder("Client/StartProducten/StartProduct/ToewijzingIngangsdatum")
                .zet("Client/StartProducten/StartProduct/Begindatum", "2022-04-01"));

        assertThat(bevindingen(v, "TR378")).isEmpty();
    }

    @Test
    void eenStartZonderToewijzingIngangsdatumBijEenOnbekendeToewijzingTeltMetZijnBegindatum() {
        Verwerking v = ontvang(TestBericht.jw305().zet("Header/Ontvanger", "0457").zetOveral("Bsn", TestBericht.uniekeBsn())
                .zetOveral("ToewijzingNummer", TestBericht.uniekNummer())
                .verwijder("Client/StartProducten/StartProduct/ToewijzingIngangsdatum")
                .zet("Client/StartProducten/StartProduct/Begindatum", "2022-03-24"));

        assertThat(codes(v, "Header")).containsExactly("S300");
        assertThat(bevindingen(v, "TR378")).singleElement()
                .satisfies(b -> assertThat(b.uitleg()).contains("dus niet op 2022-03-24 (Begindatum)"));
    }

    @Test
    void eenAntwoordberichtTeltMetZijnDagtekening() {
        Verwerking v = ontvang(TestBericht.jw319().zet("Header/Afzender", "0457"));

        assertThat(codes(v, "Header")).containsExactly("S300");
        assertThat(bevindingen(v, "TR378")).singleElement().satisfies(b -> {
            assertThat(b.pad()).isEqualTo("/Bericht/Header/Afzender");
            assertThat(b.uitleg()).contains("dus niet op 2026-03-02 (Dagtekening van het bericht)");
        });
    }

    @Test
    void eenDeclaratieAntwoordVanEenOnbekendeGemeenteWordtGemeldZonderRetour() {
        Verwerking goed = ontvangRuw(voorbeeldJw325("0384"));
        Verwerking fout = ontvangRuw(voorbeeldJw325("9999"));

        assertThat(bevindingen(goed, "TR378")).isEmpty();
        assertThat(fout.heeftRetour()).isFalse();
        assertThat(bevindingen(fout, "TR378")).singleElement()
                .satisfies(b -> assertThat(b.pad()).isEqualTo("/Bericht/Header/Afzender"));
    }

    @Test
    void deBerichtenVanDeTestfixturesMetEnschedeBlijvenGeldig() {
        for (TestBericht bericht : List.of(TestBericht.jw301(), TestBericht.jw305(), TestBericht.jw307(), TestBericht.jw315(),
                TestBericht.jw317(), TestBericht.jw319(), TestBericht.jw323())) {
            assertThat(bevindingen(ontvang(bericht), "TR378")).as(bericht.xml()).isEmpty();
        }
    }

    @Test
    void deGemeentenVanDeOfficieleVoorbeeldberichtenZijnGeldig() {
        for (String voorbeeld : OfficieleVoorbeelden.HEENBERICHTEN) {
            Verwerking v = ontvangRuw(OfficieleVoorbeelden.bytes(voorbeeld));
            assertThat(bevindingen(v, "TR378")).as(voorbeeld).isEmpty();
        }
    }

    private static TestBericht toewijzing(String gemeente, String ingangsdatum) {
        return TestBericht.jw301().zet("Header/Afzender", gemeente)
                .zetOveral("Bsn", TestBericht.uniekeBsn())
                .zetOveral("ToewijzingNummer", TestBericht.uniekNummer())
                .zet("Client/ToegewezenProducten/ToegewezenProduct/Ingangsdatum", ingangsdatum);
    }

    private static TestBericht verzoek(String gemeente, String toewijzingIngangsdatum) {
        return TestBericht.jw315().zet("Header/Ontvanger", gemeente)
                .zetOveral("Bsn", TestBericht.uniekeBsn())
                .zet("Client/AangevraagdeProducten/AangevraagdProduct/ReferentieAanbieder", "VOT-" + TestBericht.uniekNummer())
                .zet("Client/AangevraagdeProducten/AangevraagdProduct/ToewijzingIngangsdatum", toewijzingIngangsdatum);
    }

    /** The official example JW325 (from Diemen, 0384) with another Afzender. */
    private static byte[] voorbeeldJw325(String afzender) {
        return OfficieleVoorbeelden.tekst("JW325")
                .replace("<jw325:Afzender>0384</jw325:Afzender>", "<jw325:Afzender>" + afzender + "</jw325:Afzender>")
                .getBytes(StandardCharsets.UTF_8);
    }

    private Verwerking ontvangRuw(byte[] bericht) {
        return producer.requestBody(OntvangstRoute.ONTVANG, new Aanlevering(bericht, "test", null), Verwerking.class);
    }
}
