package nl.twente.ijw.gateway.validation.extern;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.twente.ijw.gateway.archief.Aanlevering;
import nl.twente.ijw.gateway.fixtures.RegelTestBasis;
import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.inbound.OntvangstRoute;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;

/**
 * TR381 against the example catalogue shipped in the mapping module: 45A01-45A04 in category 45,
 * 43B01 in category 43, 47A01 in 47, and 45A05 valid until 2024-12-31.
 */
class Tr381ProductcodeBijCategorieTest extends RegelTestBasis {

    private static final String TOEGEWEZEN = "Client/ToegewezenProducten/ToegewezenProduct";

    @Test
    void eenCodeVanEenAndereCategorieGeeftS329OpHetToegewezenProduct() {
        TestBericht bericht = toewijzing()
                .kopieer(TOEGEWEZEN)
                .zet(TOEGEWEZEN + "[2]/ToewijzingNummer", TestBericht.uniekNummer())
                .zet(TOEGEWEZEN + "[2]/Product/Code", "43B01");

        Verwerking v = ontvang(bericht);

        assertThat(codes(v, "Header")).containsExactly("0200");
        assertThat(codes(v, "Client")).containsExactly("0200");
        assertThat(codes(v, TOEGEWEZEN + "[1]")).containsExactly("0200");
        assertThat(codes(v, TOEGEWEZEN + "[2]")).containsExactly("S329");
        assertThat(bevindingen(v, "TR381")).singleElement().satisfies(b -> {
            assertThat(b.pad()).isEqualTo("/Bericht/Client/ToegewezenProducten/ToegewezenProduct[2]/Product/Code");
            assertThat(b.uitleg()).isEqualTo("ProductCode 43B01 hoort in de productenlijst bij categorie 43, niet bij"
                    + " ProductCategorie 45. Vul de categorie van het product in of de juiste code.");
        });
    }

    @Test
    void eenCodeVanDeJuisteCategorieMag() {
        Verwerking v = accepteer(toewijzing().zet(TOEGEWEZEN + "/Product/Categorie", "43")
                .zet(TOEGEWEZEN + "/Product/Code", "43B01"));

        assertThat(bevindingen(v, "TR381")).isEmpty();
    }

    @Test
    void eenVervallenProductMagVoorEenToewijzingDieOpZijnLaatsteDagIngaat() {
        Verwerking v = accepteer(toewijzing().zet(TOEGEWEZEN + "/Product/Code", "45A05")
                .zet(TOEGEWEZEN + "/Ingangsdatum", "2024-12-31"));

        assertThat(bevindingen(v, "TR381")).isEmpty();
    }

    @Test
    void eenVervallenProductGeeftS329VoorEenToewijzingDieLaterIngaat() {
        Verwerking v = ontvang(toewijzing().zet(TOEGEWEZEN + "/Product/Code", "45A05")
                .zet(TOEGEWEZEN + "/Ingangsdatum", "2025-01-01"));

        assertThat(codes(v, TOEGEWEZEN)).containsExactly("S329");
        assertThat(bevindingen(v, "TR381")).singleElement().satisfies(b -> assertThat(b.uitleg()).startsWith(
                "ProductCode 45A05 van categorie 45 is in de productenlijst geldig tot en met 2024-12-31, dus niet op"
                        + " 2025-01-01 (Ingangsdatum van toewijzing "));
    }

    @Test
    void eenToewijzingZonderProductcodeWordtNietGetoetst() {
        // An aspecific toewijzing: category only, no Omvang.
        Verwerking v = accepteer(toewijzing().verwijder(TOEGEWEZEN + "/Product/Code").verwijder(TOEGEWEZEN + "/Omvang"));

        assertThat(bevindingen(v, "TR381")).isEmpty();
    }

    @Test
    void eenOnbekendeCodeGeeftS329OpHetStartProduct() {
        String bsn = TestBericht.uniekeBsn();
        long eerste = TestBericht.uniekNummer();
        long tweede = TestBericht.uniekNummer();
        accepteer(TestBericht.jw301().zetOveral("Bsn", bsn).zetOveral("ToewijzingNummer", eerste)
                .kopieer(TOEGEWEZEN)
                .zet(TOEGEWEZEN + "[2]/ToewijzingNummer", tweede)
                .zet(TOEGEWEZEN + "[2]/Product/Code", "45A03"));

        Verwerking v = ontvang(TestBericht.jw305().zetOveral("Bsn", bsn).zetOveral("ToewijzingNummer", eerste)
                .kopieer("Client/StartProducten/StartProduct")
                .zet("Client/StartProducten/StartProduct[2]/ToewijzingNummer", tweede)
                .zet("Client/StartProducten/StartProduct[2]/Product/Code", "45Z99"));

        assertThat(codes(v, "Header")).containsExactly("0200");
        assertThat(codes(v, "Client")).containsExactly("0200");
        assertThat(codes(v, "Client/StartProducten/StartProduct[1]")).containsExactly("0200");
        assertThat(codes(v, "Client/StartProducten/StartProduct[2]")).containsExactly("S329");
        assertThat(bevindingen(v, "TR381")).singleElement().satisfies(b -> {
            assertThat(b.pad()).isEqualTo("/Bericht/Client/StartProducten/StartProduct[2]/Product/Code");
            assertThat(b.uitleg()).isEqualTo("ProductCode 45Z99 komt niet voor in de productenlijst (ProductCategorie 45)."
                    + " Gebruik een code uit de productenlijst die gemeente en aanbieder hebben afgesproken.");
        });
    }

    @Test
    void eenOnbekendeCodeGeeftS329OpHetAangevraagdeProduct() {
        Verwerking v = ontvang(TestBericht.jw315().zetOveral("Bsn", TestBericht.uniekeBsn())
                .zet("Client/AangevraagdeProducten/AangevraagdProduct/ReferentieAanbieder", "VOT-" + TestBericht.uniekNummer())
                .zet("Client/AangevraagdeProducten/AangevraagdProduct/Product/Code", "45Z99"));

        assertThat(codes(v, "Header")).containsExactly("0200");
        assertThat(codes(v, "Client")).containsExactly("0200");
        assertThat(codes(v, "Client/AangevraagdeProducten/AangevraagdProduct")).containsExactly("S329");
        assertThat(bevindingen(v, "TR381")).singleElement().satisfies(b -> assertThat(b.pad())
                .isEqualTo("/Bericht/Client/AangevraagdeProducten/AangevraagdProduct/Product/Code"));
    }

    @Test
    void eenNieuwProductMetEenCodeVanEenAndereCategorieGeeftS329OpDatProduct() {
        String bsn = TestBericht.uniekeBsn();
        long nummer = TestBericht.uniekNummer();
        accepteer(TestBericht.jw301().zetOveral("Bsn", bsn).zetOveral("ToewijzingNummer", nummer));

        Verwerking v = ontvang(verzoekOmWijziging(bsn, nummer, "45", "47A01"));

        assertThat(codes(v, "Header")).containsExactly("0200");
        assertThat(codes(v, "Client")).containsExactly("0200");
        assertThat(codes(v, "Client/Verzoek")).containsExactly("0200");
        assertThat(codes(v, "Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct")).containsExactly("0200");
        assertThat(codes(v, "Client/Verzoek/NieuweProducten/NieuwProduct")).containsExactly("S329");
        assertThat(bevindingen(v, "TR381")).singleElement().satisfies(b -> assertThat(b.pad())
                .isEqualTo("/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct/Product/Code"));
    }

    @Test
    void eenNieuwProductVanDeJuisteCategorieMag() {
        String bsn = TestBericht.uniekeBsn();
        long nummer = TestBericht.uniekNummer();
        accepteer(TestBericht.jw301().zetOveral("Bsn", bsn).zetOveral("ToewijzingNummer", nummer));

        Verwerking v = accepteer(verzoekOmWijziging(bsn, nummer, "45", "45A02"));

        assertThat(bevindingen(v, "TR381")).isEmpty();
    }

    @Test
    void eenStopMetEenOnbekendeCodeKrijgtS329() {
        Verwerking v = ontvang(TestBericht.jw307().zetOveral("Bsn", TestBericht.uniekeBsn())
                .zetOveral("ToewijzingNummer", TestBericht.uniekNummer())
                .zet("Client/StopProducten/StopProduct/Product/Code", "45Z99"));

        // Without an accepted start with this (impossible) product, TR382 refuses the stop as well: only S329 is ours.
        assertThat(codes(v, "Client/StopProducten/StopProduct")).contains("S329");
        assertThat(bevindingen(v, "TR381")).singleElement()
                .satisfies(b -> assertThat(b.pad()).isEqualTo("/Bericht/Client/StopProducten/StopProduct/Product/Code"));
    }

    @Test
    void eenVerwijderingWordtNietOpHaarProductGetoetst() {
        Verwerking v = ontvang(TestBericht.jw307().zetOveral("Bsn", TestBericht.uniekeBsn())
                .zet("Client/StopProducten/StopProduct/Product/Code", "45Z99")
                .zet("Client/StopProducten/StopProduct/StatusAanlevering", "3"));

        assertThat(codes(v, "Header")).doesNotContain("0001");
        assertThat(bevindingen(v, "TR381")).isEmpty();
    }

    @Test
    void eenPrestatieMetEenOnbekendeCodeKrijgtS329() {
        Verwerking v = ontvang(TestBericht.jw323().zetOveral("Bsn", TestBericht.uniekeBsn())
                .zet("Declaratie/DeclaratieNummer", "D" + TestBericht.uniekNummer())
                .zet("Declaratie/Clienten/Client/Prestaties/Prestatie/ProductReferentie/ReferentieNummer", "P" + TestBericht.uniekNummer())
                .zet("Declaratie/Clienten/Client/Prestaties/Prestatie/ProductCode", "45Z99"));

        // The code differs from the toewijzing's too (TR340): only S329 is ours.
        assertThat(codes(v, "DeclaratieAntwoord/Clienten/Client/Prestaties/Prestatie")).contains("S329");
        assertThat(bevindingen(v, "TR381")).singleElement().satisfies(b -> assertThat(b.pad())
                .isEqualTo("/Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie/ProductCode"));
    }

    @Test
    void eenCreditprestatieWordtNietOpHaarProductGetoetst() {
        Verwerking v = ontvang(TestBericht.jw323().zetOveral("Bsn", TestBericht.uniekeBsn())
                .zet("Declaratie/DeclaratieNummer", "D" + TestBericht.uniekNummer())
                .zet("Declaratie/Clienten/Client/Prestaties/Prestatie/ProductReferentie/ReferentieNummer", "P" + TestBericht.uniekNummer())
                .voegToeNa("Declaratie/Clienten/Client/Prestaties/Prestatie/ProductReferentie/ReferentieNummer",
                        "VorigReferentieNummer", "P" + TestBericht.uniekNummer())
                .zet("Declaratie/Clienten/Client/Prestaties/Prestatie/ProductCode", "45Z99")
                .zetOveral("DebetCredit", "C"));

        assertThat(codes(v, "Header")).doesNotContain("0001");
        assertThat(bevindingen(v, "TR381")).isEmpty();
    }

    @Test
    void deBerichtenVanDeTestfixturesMetProduct45A01BlijvenGeldig() {
        for (TestBericht bericht : List.of(TestBericht.jw301(), TestBericht.jw305(), TestBericht.jw307(), TestBericht.jw315(),
                TestBericht.jw317(), TestBericht.jw323())) {
            assertThat(bevindingen(ontvang(bericht), "TR381")).as(bericht.xml()).isEmpty();
        }
    }

    @Test
    void deProductenVanDeOfficieleVoorbeeldberichtenZijnGeldig() {
        for (String voorbeeld : OfficieleVoorbeelden.HEENBERICHTEN) {
            Verwerking v = producer.requestBody(OntvangstRoute.ONTVANG,
                    new Aanlevering(OfficieleVoorbeelden.bytes(voorbeeld), "test", null), Verwerking.class);
            assertThat(bevindingen(v, "TR381")).as(voorbeeld).isEmpty();
        }
    }

    private static TestBericht toewijzing() {
        return TestBericht.jw301().zetOveral("Bsn", TestBericht.uniekeBsn()).zetOveral("ToewijzingNummer", TestBericht.uniekNummer());
    }

    /** A VOW on toewijzing {@code nummer} (unchanged dates) that also asks for a new product. */
    private static TestBericht verzoekOmWijziging(String bsn, long nummer, String categorie, String code) {
        String nieuw = "Client/Verzoek/NieuweProducten/NieuwProduct";
        return TestBericht.jw317().zetOveral("Bsn", bsn).zetOveral("ToewijzingNummer", nummer)
                .zet("Client/Verzoek/ReferentieAanbieder", "VOW-" + TestBericht.uniekNummer())
                .voegToeNa("Client/Verzoek/TeWijzigenProducten", "NieuweProducten", null)
                .voegKindToe("Client/Verzoek/NieuweProducten", "NieuwProduct", null, false)
                .voegKindToe(nieuw, "Product", null, false)
                .voegKindToe(nieuw + "/Product", "Categorie", categorie, true)
                .voegKindToe(nieuw + "/Product", "Code", code, true)
                .voegKindToe(nieuw, "GewensteIngangsdatum", "2026-04-01", false)
                .voegKindToe(nieuw, "Einddatum", "2026-12-31", false)
                .voegKindToe(nieuw, "Omvang", null, false)
                .voegKindToe(nieuw + "/Omvang", "Volume", 2, true)
                .voegKindToe(nieuw + "/Omvang", "Eenheid", "04", true)
                .voegKindToe(nieuw + "/Omvang", "Frequentie", "2", true);
    }
}
