package nl.twente.ijw.gateway.validation.inbericht;

import static org.assertj.core.api.Assertions.assertThat;

import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;

class Cs343FrequentieBijEenheidInVotTest extends InBerichtTestBasis {

    private static final Productlijn LIJN = Productlijn.AANGEVRAAGD;

    private static TestBericht omvang(String eenheid, String frequentie) {
        return LIJN.zet(LIJN.zet(LIJN.bericht(), "Omvang/Eenheid", eenheid), "Omvang/Frequentie", frequentie);
    }

    @Test
    void etmalenPerDagNa2020WordenAfgekeurd() {
        Verwerking v = ontvang(omvang("14", "1"));

        afgekeurdAlleenDoor(v, "Client", "CS343");
        assertThat(paden(v, "CS343"))
                .containsExactly("/Bericht/Client/AangevraagdeProducten/AangevraagdProduct/Omvang/Frequentie");
    }

    @Test
    void zonderEinddatumGeldtDeRegelOok() {
        Verwerking v = ontvang(LIJN.verwijder(omvang("16", "1"), "ToewijzingEinddatum"));

        afgekeurdAlleenDoor(v, "Client", "CS343");
        assertThat(paden(v, "CS343"))
                .containsExactly("/Bericht/Client/AangevraagdeProducten/AangevraagdProduct/Omvang/Frequentie");
    }

    @Test
    void totaalBinnenDeGeldigheidsduurMag() {
        zonderBevinding(ontvang(omvang("84", "6")), "CS343");
    }

    @Test
    void perDagMagAlsDeToewijzingUiterlijk31December2020Eindigt() {
        zonderBevinding(ontvang(LIJN.tot2020(omvang("14", "1"))), "CS343");
    }
}
