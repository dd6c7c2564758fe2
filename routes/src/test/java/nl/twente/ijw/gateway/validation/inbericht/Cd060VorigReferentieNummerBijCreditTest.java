package nl.twente.ijw.gateway.validation.inbericht;

import static nl.twente.ijw.gateway.validation.inbericht.Declaratie.PRESTATIE;
import static nl.twente.ijw.gateway.validation.inbericht.Declaratie.TOTAAL;
import static org.assertj.core.api.Assertions.assertThat;

import nl.twente.ijw.gateway.archief.Uitkomst;
import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import nl.twente.ijw.gateway.retour.Bevinding;
import org.junit.jupiter.api.Test;

class Cd060VorigReferentieNummerBijCreditTest extends InBerichtTestBasis {

    /** The fixture's prestatie as a credit of 780 euro; the total is a credit too (TR358). */
    private static TestBericht credit() {
        return vers(TestBericht.jw323()).zet(PRESTATIE + "/IngediendBedrag/DebetCredit", "C")
                .zet(TOTAAL + "/DebetCredit", "C");
    }

    private static TestBericht metVorigReferentieNummer(TestBericht b) {
        return b.voegToeNa(PRESTATIE + "/ProductReferentie/ReferentieNummer", "VorigReferentieNummer",
                "V" + TestBericht.uniekNummer());
    }

    @Test
    void eenCreditZonderVorigReferentieNummerWordtAfgekeurd() {
        Verwerking v = ontvang(credit());

        afgekeurdAlleenDoor(v, "DeclaratieAntwoord", "CD060");
        assertThat(paden(v, "CD060")).containsExactly(
                "/Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie/ProductReferentie/VorigReferentieNummer");
    }

    @Test
    void eenDebetMetVorigReferentieNummerWordtAfgekeurd() {
        Verwerking v = ontvang(metVorigReferentieNummer(vers(TestBericht.jw323())));

        afgekeurdAlleenDoor(v, "DeclaratieAntwoord", "CD060");
        assertThat(paden(v, "CD060")).containsExactly(
                "/Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie/ProductReferentie/VorigReferentieNummer");
    }

    @Test
    void eenCreditMetVorigReferentieNummerMag() {
        zonderBevinding(ontvang(metVorigReferentieNummer(credit())), "CD060");
    }

    @Test
    void eenDebetZonderVorigReferentieNummerMag() {
        zonderBevinding(ontvang(vers(TestBericht.jw323())), "CD060");
    }

    @Test
    void eenCreditZonderVorigReferentieNummerInEenJw325KomtAlleenInHetRapport() {
        TestBericht antwoord = declaratieantwoord()
                .zet(JW325_PRESTATIE + "/IngediendBedrag/DebetCredit", "C")
                .zet("DeclaratieAntwoord/TotaalIngediendBedrag/DebetCredit", "C");

        Verwerking v = ontvang(antwoord);

        assertThat(v.uitkomst()).isEqualTo(Uitkomst.ONTVANGEN);
        assertThat(v.heeftRetour()).isFalse();
        assertThat(v.bevindingen()).extracting(Bevinding::regel).containsOnly("CD060");
        assertThat(paden(v, "CD060")).containsExactly(
                "/Bericht/DeclaratieAntwoord/Clienten/Client/Prestaties/Prestatie/ProductReferentie/VorigReferentieNummer");
    }

    @Test
    void eenCreditMetVorigReferentieNummerInEenJw325Mag() {
        TestBericht antwoord = declaratieantwoord()
                .zet(JW325_PRESTATIE + "/IngediendBedrag/DebetCredit", "C")
                .zet("DeclaratieAntwoord/TotaalIngediendBedrag/DebetCredit", "C")
                .voegKindToe(JW325_PRESTATIE + "/ProductReferentie", "VorigReferentieNummer", "V0001", true);

        Verwerking v = ontvang(antwoord);

        assertThat(v.uitkomst()).isEqualTo(Uitkomst.ONTVANGEN);
        assertThat(bevindingen(v, "CD060")).isEmpty();
    }
}
