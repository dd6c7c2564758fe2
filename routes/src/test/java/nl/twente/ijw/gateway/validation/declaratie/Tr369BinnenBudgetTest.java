package nl.twente.ijw.gateway.validation.declaratie;

import static org.assertj.core.api.Assertions.assertThat;

import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;

class Tr369BinnenBudgetTest extends DeclaratieTestBasis {

    /** Aspecific with a budget of 1000 euro: category 45, no code, no Omvang. */
    private static TestBericht metBudget(Geval g) {
        return g.jw301().verwijder(TOEGEWEZEN + "Product/Code").verwijder(TOEGEWEZEN + "Omvang")
                .voegToeNa(TOEGEWEZEN + "Einddatum", "Budget", 100000);
    }

    private static TestBericht bedrag(TestBericht b, long uren, long tarief, long bedrag) {
        return b.zet(PRESTATIE + "GeleverdVolume", uren).zet(PRESTATIE + "ProductTarief", tarief)
                .zet(PRESTATIE + "IngediendBedrag/Bedrag", bedrag).zet(TOTAAL + "TotaalBedrag", bedrag);
    }

    @Test
    void meerDanHetBudgetGeeft9369() {
        Geval g = new Geval();
        accepteer(metBudget(g));

        Verwerking v = ontvang(bedrag(g.jw323(), 16, 6500, 104000));

        prestatieGeweigerd(v, "9369", "0 D");
        assertThat(bevindingen(v, "TR369")).singleElement().satisfies(b -> assertThat(b.pad())
                .isEqualTo("/Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie/IngediendBedrag/Bedrag"));
    }

    @Test
    void preciesHetBudgetMagEnDaarnaNietsMeer() {
        Geval g = new Geval();
        accepteer(metBudget(g));

        Verwerking precies = accepteer(bedrag(g.jw323(), 20, 5000, 100000));
        Verwerking erboven = ontvang(bedrag(g.jw323April(), 1, 6500, 6500));

        geheelToegekend(precies, "100000 D");
        prestatieGeweigerd(erboven, "9369", "0 D");
    }
}
