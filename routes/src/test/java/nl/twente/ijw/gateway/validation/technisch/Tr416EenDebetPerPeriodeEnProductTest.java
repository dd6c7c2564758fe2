package nl.twente.ijw.gateway.validation.technisch;

import static nl.twente.ijw.gateway.fixtures.TestBericht.jw323;

import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;

class Tr416EenDebetPerPeriodeEnProductTest extends TechnischeRegelTest {

    private static final String PRESTATIE = "Declaratie/Clienten/Client/Prestaties/Prestatie";

    /** A second prestatie (own ReferentieNummer) for the same toewijzing, product and period; total 156000 D. */
    private static TestBericht tweePrestaties() {
        return vers(jw323()).kopieer(PRESTATIE)
                .zet(PRESTATIE + "[2]/ProductReferentie/ReferentieNummer", "R" + TestBericht.uniekNummer())
                .zet("Declaratie/TotaalIngediendBedrag/TotaalBedrag", "156000");
    }

    @Test
    void tweeDebetsVoorDezelfdePeriodeEnHetzelfdeProductGeven0001() {
        TestBericht bericht = tweePrestaties();
        // 000nnn is the same toewijzing as nnn.
        String nummer = bericht.tekst(PRESTATIE + "/ToewijzingNummer");
        Verwerking v = ontvang(bericht.zet(PRESTATIE + "[2]/ToewijzingNummer", "000" + nummer));

        afgekeurdMet0001(v, "TR416", "/Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie[2]");
    }

    @Test
    void eenAnderePeriodeMag() {
        Verwerking v = ontvang(tweePrestaties()
                .zet(PRESTATIE + "/ProductPeriode/Einddatum", "2026-03-15")
                .zet(PRESTATIE + "[2]/ProductPeriode/Begindatum", "2026-03-16"));

        zonderBevinding(v, "TR416");
    }

    @Test
    void eenCreditErnaastTeltNiet() {
        // Credit of an earlier debit for the same period next to the new debit (IV086); net total 0.
        Verwerking v = ontvang(tweePrestaties()
                .voegToeNa(PRESTATIE + "[2]/ProductReferentie/ReferentieNummer", "VorigReferentieNummer", "OUD1")
                .zet(PRESTATIE + "[2]/IngediendBedrag/DebetCredit", "C")
                .zet("Declaratie/TotaalIngediendBedrag/TotaalBedrag", "0"));

        zonderBevinding(v, "TR416");
    }
}
