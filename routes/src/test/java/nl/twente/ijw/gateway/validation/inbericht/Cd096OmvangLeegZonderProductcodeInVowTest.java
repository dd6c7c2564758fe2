package nl.twente.ijw.gateway.validation.inbericht;

import static org.assertj.core.api.Assertions.assertThat;

import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;

class Cd096OmvangLeegZonderProductcodeInVowTest extends InBerichtTestBasis {

    private static final Productlijn LIJN = Productlijn.NIEUW;

    /** Category 45 only, still with its Omvang of 3 hours per week. */
    private static TestBericht zonderCode() {
        return LIJN.verwijder(LIJN.bericht(), "Product/Code");
    }

    @Test
    void eenOmvangZonderProductcodeNa2020WordtAfgekeurd() {
        Verwerking v = ontvang(zonderCode());

        afgekeurdAlleenDoor(v, "Client", "CD096");
        assertThat(paden(v, "CD096")).containsExactly("/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct/Omvang");
    }

    @Test
    void eenOmvangZonderProductcodeEnZonderEinddatumWordtAfgekeurd() {
        // Per month, so CD076 does not ask for the end date.
        TestBericht b = LIJN.verwijder(LIJN.zet(zonderCode(), "Omvang/Frequentie", "4"), LIJN.eind);

        Verwerking v = ontvang(b);

        afgekeurdAlleenDoor(v, "Client", "CD096");
        assertThat(paden(v, "CD096")).containsExactly("/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct/Omvang");
    }

    @Test
    void eenOmvangZonderProductcodeDieUiterlijk31December2020EindigtMag() {
        zonderBevinding(ontvang(LIJN.tot2020(zonderCode())), "CD096");
    }

    @Test
    void zonderProductcodeEnZonderOmvangMag() {
        zonderBevinding(ontvang(LIJN.verwijder(zonderCode(), "Omvang")), "CD096");
    }

    @Test
    void metProductcodeMagDeOmvang() {
        zonderBevinding(ontvang(LIJN.bericht()), "CD096");
    }
}
