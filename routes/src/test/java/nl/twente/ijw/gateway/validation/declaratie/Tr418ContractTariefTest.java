package nl.twente.ijw.gateway.validation.declaratie;

import static org.assertj.core.api.Assertions.assertThat;

import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;

/** Against the example contract file: 45A03 at 6500 eurocent per hour for aanbieder 87654321 at 0153 in 2026. */
class Tr418ContractTariefTest extends DeclaratieTestBasis {

    private static Geval contract() {
        return new Geval("87654321");
    }

    private static TestBericht toewijzing(Geval g) {
        return g.jw301().zet(TOEGEWEZEN + "Product/Code", "45A03");
    }

    @Test
    void eenAnderTariefDanHetContractGeeft0611() {
        Geval g = contract();
        accepteer(toewijzing(g));

        Verwerking v = ontvang(g.jw323().zet(PRESTATIE + "ProductCode", "45A03").zet(PRESTATIE + "ProductTarief", 6600)
                .zet(PRESTATIE + "IngediendBedrag/Bedrag", 79200).zet(TOTAAL + "TotaalBedrag", 79200));

        prestatieGeweigerd(v, "0611", "0 D");
        assertThat(bevindingen(v, "TR418")).singleElement().satisfies(b -> assertThat(b.pad())
                .isEqualTo("/Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie/ProductTarief"));
    }

    @Test
    void hetContracttariefMag() {
        Geval g = contract();
        accepteer(toewijzing(g));

        Verwerking v = accepteer(g.jw323().zet(PRESTATIE + "ProductCode", "45A03"));

        geheelToegekend(v, "78000 D");
        assertThat(bevindingen(v, "TR418")).isEmpty();
    }

    @Test
    void inMinutenIsHetTariefHetUurtariefGedeeldDoorZestigAfgerond() {
        Geval g = contract();
        accepteer(toewijzing(g));
        // 6500 / 60 = 108.33: the per-minute ProductTarief is 108; the amount follows IV081 (TR346).
        TestBericht minuten = g.jw323().zet(PRESTATIE + "ProductCode", "45A03").zet(PRESTATIE + "Eenheid", "01")
                .zet(PRESTATIE + "GeleverdVolume", 95).zet(PRESTATIE + "IngediendBedrag/Bedrag", 10292)
                .zet(TOTAAL + "TotaalBedrag", 10292);

        Verwerking fout = ontvang(minuten.zet(PRESTATIE + "ProductTarief", 109));
        Verwerking goed = accepteer(g.jw323().zet(PRESTATIE + "ProductCode", "45A03").zet(PRESTATIE + "Eenheid", "01")
                .zet(PRESTATIE + "GeleverdVolume", 95).zet(PRESTATIE + "ProductTarief", 108)
                .zet(PRESTATIE + "IngediendBedrag/Bedrag", 10292).zet(TOTAAL + "TotaalBedrag", 10292));

        prestatieGeweigerd(fout, "0611", "0 D");
        geheelToegekend(goed, "10292 D");
    }

    @Test
    void eenProductZonderContracttariefWordtNietGecontroleerd() {
        Geval g = contract();
        accepteer(g.jw301());

        Verwerking v = accepteer(g.jw323().zet(PRESTATIE + "ProductTarief", 7000)
                .zet(PRESTATIE + "IngediendBedrag/Bedrag", 84000).zet(TOTAAL + "TotaalBedrag", 84000));

        geheelToegekend(v, "84000 D");
        assertThat(bevindingen(v, "TR418")).isEmpty();
    }
}
