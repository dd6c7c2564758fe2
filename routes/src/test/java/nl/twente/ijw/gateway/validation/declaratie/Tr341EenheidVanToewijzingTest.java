package nl.twente.ijw.gateway.validation.declaratie;

import static org.assertj.core.api.Assertions.assertThat;

import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;

class Tr341EenheidVanToewijzingTest extends DeclaratieTestBasis {

    @Test
    void dagdelenOpEenToewijzingInUrenGeeft9341() {
        Geval g = new Geval();
        accepteer(g.jw301());

        // 3 dagdelen × 26000 = 78000: the amount is right, the unit is not the toewijzing's (04).
        Verwerking v = ontvang(g.jw323().zet(PRESTATIE + "Eenheid", "16").zet(PRESTATIE + "GeleverdVolume", 3)
                .zet(PRESTATIE + "ProductTarief", 26000));

        prestatieGeweigerd(v, "9341", "0 D");
        assertThat(bevindingen(v, "TR341")).singleElement().satisfies(b -> assertThat(b.pad())
                .isEqualTo("/Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie/Eenheid"));
    }

    @Test
    void urenMogenInMinutenWordenGedeclareerd() {
        Geval g = new Geval();
        accepteer(g.jw301());

        // 720 minutes = 12 hours; no contract rate for this aanbieder, so 720 × 108 = 77760 is taken as it is.
        Verwerking v = accepteer(g.jw323().zet(PRESTATIE + "Eenheid", "01").zet(PRESTATIE + "GeleverdVolume", 720)
                .zet(PRESTATIE + "ProductTarief", 108).zet(PRESTATIE + "IngediendBedrag/Bedrag", 77760)
                .zet(TOTAAL + "TotaalBedrag", 77760));

        geheelToegekend(v, "77760 D");
        assertThat(bevindingen(v, "TR341")).isEmpty();
    }

    @Test
    void zonderOmvangInDeToewijzingGeldtDeEenheidVanHetContract() {
        // Contract example: 45A03 at 6500 per hour (04) for aanbieder 87654321 at 0153.
        Geval g = new Geval("87654321");
        accepteer(Tr339ProductCategorieVanToewijzingTest.aspecifiek(g));

        Verwerking v = ontvang(g.jw323().zet(PRESTATIE + "ProductCode", "45A03").zet(PRESTATIE + "Eenheid", "14")
                .zet(PRESTATIE + "GeleverdVolume", 3).zet(PRESTATIE + "ProductTarief", 26000));

        prestatieGeweigerd(v, "9341", "0 D");
        assertThat(bevindingen(v, "TR341")).hasSize(1);
    }

    @Test
    void zonderOmvangInDeToewijzingIsDeEenheidVanHetContractGoed() {
        Geval g = new Geval("87654321");
        accepteer(Tr339ProductCategorieVanToewijzingTest.aspecifiek(g));

        Verwerking v = accepteer(g.jw323().zet(PRESTATIE + "ProductCode", "45A03"));

        geheelToegekend(v, "78000 D");
        assertThat(bevindingen(v, "TR341")).isEmpty();
    }
}
