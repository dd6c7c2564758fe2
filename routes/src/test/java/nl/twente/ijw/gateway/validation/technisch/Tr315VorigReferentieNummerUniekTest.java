package nl.twente.ijw.gateway.validation.technisch;

import static nl.twente.ijw.gateway.fixtures.TestBericht.jw323;

import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;

class Tr315VorigReferentieNummerUniekTest extends TechnischeRegelTest {

    private static final String PRESTATIE = "Declaratie/Clienten/Client/Prestaties/Prestatie";

    /** Two credits (78000 C each) of earlier debits; the second's VorigReferentieNummer is given. */
    private static TestBericht tweeCredits(String vorigTweede) {
        return vers(jw323())
                .voegToeNa(PRESTATIE + "/ProductReferentie/ReferentieNummer", "VorigReferentieNummer", "OUD1")
                .zet(PRESTATIE + "/IngediendBedrag/DebetCredit", "C")
                .kopieer(PRESTATIE)
                .zet(PRESTATIE + "[2]/ProductReferentie/ReferentieNummer", "R" + TestBericht.uniekNummer())
                .zet(PRESTATIE + "[2]/ProductReferentie/VorigReferentieNummer", vorigTweede)
                .zet("Declaratie/TotaalIngediendBedrag/TotaalBedrag", "156000")
                .zet("Declaratie/TotaalIngediendBedrag/DebetCredit", "C");
    }

    @Test
    void tweeCreditsVanDezelfdePrestatieGeven0001() {
        Verwerking v = ontvang(tweeCredits("OUD1"));

        afgekeurdMet0001(v, "TR315",
                "/Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie[2]/ProductReferentie/VorigReferentieNummer");
    }

    @Test
    void creditsVanVerschillendePrestatiesMogen() {
        zonderBevinding(ontvang(tweeCredits("OUD2")), "TR315");
    }

    @Test
    void eenAndereSchrijfwijzeIsEenAnderNummer() {
        // (interp.) LDT_ReferentieNummer is a string: "OUD1 " is not "OUD1".
        zonderBevinding(ontvang(tweeCredits("OUD1 ")), "TR315");
    }
}
