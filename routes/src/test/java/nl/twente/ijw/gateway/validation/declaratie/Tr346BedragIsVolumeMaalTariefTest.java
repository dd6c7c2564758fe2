package nl.twente.ijw.gateway.validation.declaratie;

import static org.assertj.core.api.Assertions.assertThat;

import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;

class Tr346BedragIsVolumeMaalTariefTest extends DeclaratieTestBasis {

    @Test
    void eenBedragDatNietVolumeMaalTariefIsGeeft9346() {
        Geval g = new Geval();
        accepteer(g.jw301());

        // 12 × 6500 = 78000, not 78001.
        Verwerking v = ontvang(g.jw323().zet(PRESTATIE + "IngediendBedrag/Bedrag", 78001).zet(TOTAAL + "TotaalBedrag", 78001));

        prestatieGeweigerd(v, "9346", "0 D");
        assertThat(bevindingen(v, "TR346")).singleElement().satisfies(b -> assertThat(b.pad())
                .isEqualTo("/Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie/IngediendBedrag/Bedrag"));
    }

    @Test
    void volumeMaalTariefMag() {
        Geval g = new Geval();
        accepteer(g.jw301());

        Verwerking v = accepteer(g.jw323());

        geheelToegekend(v, "78000 D");
        assertThat(bevindingen(v, "TR346")).isEmpty();
    }

    @Test
    void eenUurtariefInMinutenRekentMetHetUurtariefEnNietMetHetAfgerondeMinuuttarief() {
        // Example contract: 45A03 at 6500 per hour. 95 minutes: 6500 × 95 / 60 = 10291.67 → 10292;
        // 95 × the rounded per-minute rate 108 = 10260 is wrong (IV081).
        Geval g = new Geval("87654321");
        accepteer(g.jw301().zet(TOEGEWEZEN + "Product/Code", "45A03"));

        Verwerking fout = ontvang(g.jw323().zet(PRESTATIE + "ProductCode", "45A03").zet(PRESTATIE + "Eenheid", "01")
                .zet(PRESTATIE + "GeleverdVolume", 95).zet(PRESTATIE + "ProductTarief", 108)
                .zet(PRESTATIE + "IngediendBedrag/Bedrag", 10260).zet(TOTAAL + "TotaalBedrag", 10260));
        Verwerking goed = accepteer(g.jw323().zet(PRESTATIE + "ProductCode", "45A03").zet(PRESTATIE + "Eenheid", "01")
                .zet(PRESTATIE + "GeleverdVolume", 95).zet(PRESTATIE + "ProductTarief", 108)
                .zet(PRESTATIE + "IngediendBedrag/Bedrag", 10292).zet(TOTAAL + "TotaalBedrag", 10292));

        prestatieGeweigerd(fout, "9346", "0 D");
        geheelToegekend(goed, "10292 D");
    }

    @Test
    void minutenZonderContracttariefWordenNietGecontroleerd() {
        Geval g = new Geval();
        accepteer(g.jw301());

        // Whether 108 is a rounded hourly rate or a per-minute rate only the contract says.
        Verwerking v = accepteer(g.jw323().zet(PRESTATIE + "Eenheid", "01").zet(PRESTATIE + "GeleverdVolume", 95)
                .zet(PRESTATIE + "ProductTarief", 108).zet(PRESTATIE + "IngediendBedrag/Bedrag", 10292)
                .zet(TOTAAL + "TotaalBedrag", 10292));

        assertThat(bevindingen(v, "TR346")).isEmpty();
    }
}
