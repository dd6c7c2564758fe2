package nl.twente.ijw.gateway.validation.declaratie;

import static org.assertj.core.api.Assertions.assertThat;

import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;

class Tr322VolumeBinnenTotaleOmvangTest extends DeclaratieTestBasis {

    /** 3 hours per week from Monday 30 March to Sunday 5 April 2026: one ISO week, 3 hours in total. */
    private static TestBericht eenWeek(Geval g) {
        return g.jw301().zet(TOEGEWEZEN + "Ingangsdatum", "2026-03-30").zet(TOEGEWEZEN + "Einddatum", "2026-04-05");
    }

    private static TestBericht maart(Geval g, long uren, long bedrag) {
        return g.jw323().zet(PRESTATIE + "ProductPeriode/Begindatum", "2026-03-30")
                .zet(PRESTATIE + "GeleverdVolume", uren).zet(PRESTATIE + "IngediendBedrag/Bedrag", bedrag)
                .zet(TOTAAL + "TotaalBedrag", bedrag);
    }

    private static TestBericht april(Geval g, String eind, long uren, long bedrag) {
        return g.jw323April().zet(PRESTATIE + "ProductPeriode/Einddatum", eind)
                .zet(PRESTATIE + "GeleverdVolume", uren).zet(PRESTATIE + "IngediendBedrag/Bedrag", bedrag)
                .zet(TOTAAL + "TotaalBedrag", bedrag);
    }

    @Test
    void eenWeekOverTweeMaandenTeltPerMaandMaarNietTweeKeerInHetTotaal() {
        Geval g = new Geval();
        accepteer(eenWeek(g));
        // Each month touches the one week, so each may hold 3 hours (TR321) ...
        accepteer(maart(g, 3, 19500));

        // ... but together at most 3 (IV077).
        Verwerking v = ontvang(april(g, "2026-04-05", 1, 6500));

        prestatieGeweigerd(v, "9322", "0 D");
        assertThat(bevindingen(v, "TR322")).singleElement().satisfies(b -> assertThat(b.pad())
                .isEqualTo("/Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie/GeleverdVolume"));
        assertThat(bevindingen(v, "TR321")).isEmpty();
    }

    @Test
    void eenWeekOverTweeMaandenMagSamenHetWeekvolume() {
        Geval g = new Geval();
        accepteer(eenWeek(g));
        accepteer(maart(g, 2, 13000));

        Verwerking v = accepteer(april(g, "2026-04-05", 1, 6500));

        geheelToegekend(v, "6500 D");
    }

    @Test
    void eenTotaalvolumeGeldtOverAlleDeclaraties() {
        Geval g = new Geval();
        accepteer(g.jw301().zet(TOEGEWEZEN + "Omvang/Volume", 40).zet(TOEGEWEZEN + "Omvang/Frequentie", "6"));
        accepteer(g.jw323().zet(PRESTATIE + "GeleverdVolume", 30).zet(PRESTATIE + "IngediendBedrag/Bedrag", 195000)
                .zet(TOTAAL + "TotaalBedrag", 195000));

        Verwerking teVeel = ontvang(april(g, "2026-04-30", 11, 71500));
        Verwerking precies = accepteer(april(g, "2026-04-30", 10, 65000));

        prestatieGeweigerd(teVeel, "9322", "0 D");
        geheelToegekend(precies, "65000 D");
    }

    @Test
    void eenCreditInHetzelfdeBerichtGeeftHetVolumeEerstTerug() {
        Geval g = new Geval();
        accepteer(g.jw301().zet(TOEGEWEZEN + "Omvang/Volume", 40).zet(TOEGEWEZEN + "Omvang/Frequentie", "6"));
        TestBericht eerste = g.jw323().zet(PRESTATIE + "GeleverdVolume", 40).zet(PRESTATIE + "IngediendBedrag/Bedrag", 260000)
                .zet(TOTAAL + "TotaalBedrag", 260000);
        accepteer(eerste);
        String debet = eerste.tekst(PRESTATIE + "ProductReferentie/ReferentieNummer");

        // Credit the 40 hours and declare 40 again: net 0, within the total (OP366: credits first).
        TestBericht correctie = credit(g.jw323().zet(PRESTATIE + "GeleverdVolume", 40)
                .zet(PRESTATIE + "IngediendBedrag/Bedrag", 260000), debet)
                .kopieer("Declaratie/Clienten/Client/Prestaties/Prestatie")
                .zet("Declaratie/Clienten/Client/Prestaties/Prestatie[2]/ProductReferentie/ReferentieNummer", "R" + TestBericht.uniekNummer())
                .verwijder("Declaratie/Clienten/Client/Prestaties/Prestatie[2]/ProductReferentie/VorigReferentieNummer")
                .zet("Declaratie/Clienten/Client/Prestaties/Prestatie[2]/IngediendBedrag/DebetCredit", "D")
                .zet(TOTAAL + "TotaalBedrag", 0).zet(TOTAAL + "DebetCredit", "D");

        Verwerking v = accepteer(correctie);

        geheelToegekend(v, "0 D");
        assertThat(bevindingen(v, "TR322")).isEmpty();
    }
}
