package nl.twente.ijw.gateway.validation.inbericht;

import static nl.twente.ijw.gateway.validation.inbericht.Declaratie.PRESTATIE;
import static nl.twente.ijw.gateway.validation.inbericht.Declaratie.TOTAAL;
import static org.assertj.core.api.Assertions.assertThat;

import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;

class Cs339BedragIsVolumeBijEuroTest extends InBerichtTestBasis {

    /** A prestatie in euro's (no tariff) with this volume and amount; the total follows the amount (TR358). */
    private static TestBericht inEuros(String volume, String bedrag) {
        return vers(TestBericht.jw323()).zet(PRESTATIE + "/Eenheid", "83").verwijder(PRESTATIE + "/ProductTarief")
                .zet(PRESTATIE + "/GeleverdVolume", volume).zet(PRESTATIE + "/IngediendBedrag/Bedrag", bedrag)
                .zet(TOTAAL + "/TotaalBedrag", bedrag);
    }

    @Test
    void eenBedragAnderDanHetVolumeWordtAfgekeurd() {
        Verwerking v = ontvang(inEuros("78000", "77000"));

        afgekeurdAlleenDoor(v, "DeclaratieAntwoord", "CS339");
        assertThat(paden(v, "CS339"))
                .containsExactly("/Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie/IngediendBedrag/Bedrag");
    }

    @Test
    void eenBedragGelijkAanHetVolumeMag() {
        zonderBevinding(ontvang(inEuros("78000", "78000")), "CS339");
    }

    @Test
    void getallenWordenAlsGetalVergeleken() {
        // The XSD lets leading zeros through: 078000 is 78000.
        zonderBevinding(ontvang(inEuros("078000", "78000")), "CS339");
    }

    @Test
    void inUrenGeldtDeRegelNiet() {
        zonderBevinding(ontvang(vers(TestBericht.jw323())), "CS339");
    }
}
