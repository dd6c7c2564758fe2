package nl.twente.ijw.gateway.validation.technisch;

import static nl.twente.ijw.gateway.fixtures.TestBericht.jw323;

import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;

class Tr316GeenCreditVanDebetUitZelfdeBerichtTest extends TechnischeRegelTest {

    private static final String PRESTATIE = "Declaratie/Clienten/Client/Prestaties/Prestatie";

    /** The fixture's debit plus a credit of 78000 pointing to {@code vorig}; net total 0 (D, CS325). */
    private static TestBericht debetEnCredit(TestBericht bericht, String vorig) {
        return bericht.kopieer(PRESTATIE)
                .zet(PRESTATIE + "[2]/ProductReferentie/ReferentieNummer", "R" + TestBericht.uniekNummer())
                .voegToeNa(PRESTATIE + "[2]/ProductReferentie/ReferentieNummer", "VorigReferentieNummer", vorig)
                .zet(PRESTATIE + "[2]/IngediendBedrag/DebetCredit", "C")
                .zet("Declaratie/TotaalIngediendBedrag/TotaalBedrag", "0");
    }

    @Test
    void eenDebetInHetzelfdeBerichtCrediterenGeeft0001() {
        TestBericht bericht = vers(jw323());
        Verwerking v = ontvang(debetEnCredit(bericht, bericht.tekst(PRESTATIE + "/ProductReferentie/ReferentieNummer")));

        afgekeurdMet0001(v, "TR316",
                "/Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie[2]/ProductReferentie/VorigReferentieNummer");
    }

    @Test
    void eenEerderDebetCrediterenNaastEenNieuwDebetMag() {
        // The correction of IV086: credit of an earlier debit and the new debit in one message.
        zonderBevinding(ontvang(debetEnCredit(vers(jw323()), "OUD1")), "TR316");
    }
}
