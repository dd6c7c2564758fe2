package nl.twente.ijw.gateway.validation.inbericht;

import static org.assertj.core.api.Assertions.assertThat;

import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;

class Cd080OmvangLeegZonderProductcodeTest extends InBerichtTestBasis {

    private static final Productlijn LIJN = Productlijn.TOEGEWEZEN;

    /** Category 45 only, still with its Omvang of 3 hours per week. */
    private static TestBericht zonderCode() {
        return LIJN.verwijder(LIJN.bericht(), "Product/Code");
    }

    @Test
    void eenOmvangZonderProductcodeNa2020WordtAfgekeurd() {
        Verwerking v = ontvang(zonderCode());

        afgekeurdAlleenDoor(v, "Client", "CD080");
        assertThat(paden(v, "CD080")).containsExactly("/Bericht/Client/ToegewezenProducten/ToegewezenProduct/Omvang");
    }

    @Test
    void eenOmvangZonderProductcodeEnZonderEinddatumWordtAfgekeurd() {
        // Per month, so CD076 does not ask for the end date.
        TestBericht b = LIJN.verwijder(LIJN.zet(zonderCode(), "Omvang/Frequentie", "4"), LIJN.eind);

        Verwerking v = ontvang(b);

        afgekeurdAlleenDoor(v, "Client", "CD080");
        assertThat(paden(v, "CD080")).containsExactly("/Bericht/Client/ToegewezenProducten/ToegewezenProduct/Omvang");
    }

    @Test
    void eenOmvangZonderProductcodeDieUiterlijk31December2020EindigtMag() {
        zonderBevinding(ontvang(LIJN.tot2020(zonderCode())), "CD080");
    }

    @Test
    void zonderProductcodeEnZonderOmvangMag() {
        zonderBevinding(ontvang(LIJN.verwijder(zonderCode(), "Omvang")), "CD080");
    }

    @Test
    void metProductcodeMagDeOmvang() {
        zonderBevinding(ontvang(LIJN.bericht()), "CD080");
    }
}
