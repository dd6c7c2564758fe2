package nl.twente.ijw.gateway.validation.technisch;

import static nl.twente.ijw.gateway.fixtures.TestBericht.jw323;

import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;

/** The fixture claims one debit of 78000 cents with a total of 78000 D. */
class Tr358TotaalIsSomVanPrestatiesTest extends TechnischeRegelTest {

    private static final String PRESTATIE = "Declaratie/Clienten/Client/Prestaties/Prestatie";
    private static final String TOTAAL = "Declaratie/TotaalIngediendBedrag";

    /** Adds a credit of 5000 cents of an earlier debit. */
    private static TestBericht metCreditVan5000() {
        return vers(jw323()).kopieer(PRESTATIE)
                .zet(PRESTATIE + "[2]/ProductReferentie/ReferentieNummer", "R" + TestBericht.uniekNummer())
                .voegToeNa(PRESTATIE + "[2]/ProductReferentie/ReferentieNummer", "VorigReferentieNummer", "OUD1")
                .zet(PRESTATIE + "[2]/IngediendBedrag/Bedrag", "5000")
                .zet(PRESTATIE + "[2]/IngediendBedrag/DebetCredit", "C");
    }

    @Test
    void eenCentTeveelGeeft0001() {
        Verwerking v = ontvang(vers(jw323()).zet(TOTAAL + "/TotaalBedrag", "78001"));

        afgekeurdMet0001(v, "TR358", "/Bericht/Declaratie/TotaalIngediendBedrag");
    }

    @Test
    void eenCreditWordtAfgetrokken() {
        zonderBevinding(ontvang(metCreditVan5000().zet(TOTAAL + "/TotaalBedrag", "73000")), "TR358");
    }

    @Test
    void eenCreditOptellenGeeft0001() {
        Verwerking v = ontvang(metCreditVan5000().zet(TOTAAL + "/TotaalBedrag", "83000"));

        afgekeurdMet0001(v, "TR358", "/Bericht/Declaratie/TotaalIngediendBedrag");
    }

    @Test
    void eenNegatiefTotaalIsCredit() {
        Verwerking v = ontvang(metCreditVan5000().zet(PRESTATIE + "/IngediendBedrag/Bedrag", "4000")
                .zet(PRESTATIE + "/GeleverdVolume", "1").zet(PRESTATIE + "/ProductTarief", "4000")
                .zet(TOTAAL + "/TotaalBedrag", "1000").zet(TOTAAL + "/DebetCredit", "C"));

        zonderBevinding(v, "TR358");
    }

    @Test
    void hetTekenVanHetTotaalTelt() {
        // 4000 D - 5000 C = 1000 C, not 1000 D.
        Verwerking v = ontvang(metCreditVan5000().zet(PRESTATIE + "/IngediendBedrag/Bedrag", "4000")
                .zet(PRESTATIE + "/GeleverdVolume", "1").zet(PRESTATIE + "/ProductTarief", "4000")
                .zet(TOTAAL + "/TotaalBedrag", "1000"));

        afgekeurdMet0001(v, "TR358", "/Bericht/Declaratie/TotaalIngediendBedrag");
    }
}
