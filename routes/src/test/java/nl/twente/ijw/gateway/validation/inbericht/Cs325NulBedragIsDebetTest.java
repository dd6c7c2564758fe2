package nl.twente.ijw.gateway.validation.inbericht;

import static nl.twente.ijw.gateway.validation.inbericht.Declaratie.PRESTATIE;
import static nl.twente.ijw.gateway.validation.inbericht.Declaratie.TOTAAL;
import static org.assertj.core.api.Assertions.assertThat;

import nl.twente.ijw.gateway.archief.Uitkomst;
import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import nl.twente.ijw.gateway.retour.Bevinding;
import org.junit.jupiter.api.Test;

class Cs325NulBedragIsDebetTest extends InBerichtTestBasis {

    /** Nothing delivered: volume 0 and amount 0 (with these directions), total 0. */
    private static TestBericht nul(String prestatie, String totaal) {
        TestBericht b = vers(TestBericht.jw323()).zet(PRESTATIE + "/GeleverdVolume", "0")
                .zet(PRESTATIE + "/IngediendBedrag/Bedrag", "0").zet(PRESTATIE + "/IngediendBedrag/DebetCredit", prestatie)
                .zet(TOTAAL + "/TotaalBedrag", "0").zet(TOTAAL + "/DebetCredit", totaal);
        if ("C".equals(prestatie)) {
            // A credit names its debit (CD060).
            b.voegToeNa(PRESTATIE + "/ProductReferentie/ReferentieNummer", "VorigReferentieNummer", "V" + TestBericht.uniekNummer());
        }
        return b;
    }

    @Test
    void eenPrestatieVanNulAlsCreditWordtAfgekeurd() {
        Verwerking v = ontvang(nul("C", "D"));

        afgekeurdAlleenDoor(v, "DeclaratieAntwoord", "CS325");
        assertThat(paden(v, "CS325"))
                .containsExactly("/Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie/IngediendBedrag/DebetCredit");
    }

    @Test
    void eenTotaalVanNulAlsCreditWordtAfgekeurd() {
        Verwerking v = ontvang(nul("D", "C"));

        afgekeurdAlleenDoor(v, "DeclaratieAntwoord", "CS325");
        assertThat(paden(v, "CS325")).containsExactly("/Bericht/Declaratie/TotaalIngediendBedrag/DebetCredit");
    }

    @Test
    void nulAlsDebetMag() {
        zonderBevinding(ontvang(nul("D", "D")), "CS325");
    }

    @Test
    void eenCreditVanMeerDanNulMag() {
        TestBericht b = vers(TestBericht.jw323()).zet(PRESTATIE + "/IngediendBedrag/DebetCredit", "C")
                .zet(TOTAAL + "/DebetCredit", "C")
                .voegToeNa(PRESTATIE + "/ProductReferentie/ReferentieNummer", "VorigReferentieNummer", "V" + TestBericht.uniekNummer());

        zonderBevinding(ontvang(b), "CS325");
    }

    @Test
    void eenToegekendTotaalVanNulAlsCreditInEenJw325KomtAlleenInHetRapport() {
        Verwerking v = ontvang(declaratieantwoord().zet("DeclaratieAntwoord/TotaalToegekendBedrag/DebetCredit", "C"));

        assertThat(v.uitkomst()).isEqualTo(Uitkomst.ONTVANGEN);
        assertThat(v.heeftRetour()).isFalse();
        assertThat(v.bevindingen()).extracting(Bevinding::regel).containsOnly("CS325");
        assertThat(paden(v, "CS325")).containsExactly("/Bericht/DeclaratieAntwoord/TotaalToegekendBedrag/DebetCredit");
    }

    @Test
    void eenToegekendTotaalVanNulAlsDebetInEenJw325Mag() {
        Verwerking v = ontvang(declaratieantwoord());

        assertThat(v.uitkomst()).isEqualTo(Uitkomst.ONTVANGEN);
        assertThat(bevindingen(v, "CS325")).isEmpty();
    }
}
