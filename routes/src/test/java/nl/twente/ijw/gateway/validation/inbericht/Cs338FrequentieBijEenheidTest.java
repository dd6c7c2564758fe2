package nl.twente.ijw.gateway.validation.inbericht;

import static org.assertj.core.api.Assertions.assertThat;

import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class Cs338FrequentieBijEenheidTest extends InBerichtTestBasis {

    private static TestBericht omvang(Productlijn lijn, String eenheid, String frequentie) {
        return lijn.zet(lijn.zet(lijn.bericht(), "Omvang/Eenheid", eenheid), "Omvang/Frequentie", frequentie);
    }

    @ParameterizedTest
    @CsvSource({
            "TOEGEWEZEN,  14, /Bericht/Client/ToegewezenProducten/ToegewezenProduct/Omvang/Frequentie",
            "TE_WIJZIGEN, 16, /Bericht/Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct/Omvang/Frequentie",
            "NIEUW,       84, /Bericht/Client/Verzoek/NieuweProducten/NieuwProduct/Omvang/Frequentie",
            "TOEGEWEZEN,  83, /Bericht/Client/ToegewezenProducten/ToegewezenProduct/Omvang/Frequentie"})
    void eenEenheidPerDagNa2020WordtAfgekeurd(Productlijn lijn, String eenheid, String pad) {
        Verwerking v = ontvang(omvang(lijn, eenheid, "1"));

        afgekeurdAlleenDoor(v, "Client", "CS338");
        assertThat(paden(v, "CS338")).containsExactly(pad);
    }

    @ParameterizedTest
    @EnumSource(value = Productlijn.class, names = {"TOEGEWEZEN", "TE_WIJZIGEN", "NIEUW"})
    void perMaandMag(Productlijn lijn) {
        zonderBevinding(ontvang(omvang(lijn, "14", "4")), "CS338");
    }

    @ParameterizedTest
    @EnumSource(value = Productlijn.class, names = {"TOEGEWEZEN", "TE_WIJZIGEN", "NIEUW"})
    void perDagMagAlsDeToewijzingUiterlijk31December2020Eindigt(Productlijn lijn) {
        zonderBevinding(ontvang(lijn.tot2020(omvang(lijn, "14", "1"))), "CS338");
    }

    @ParameterizedTest
    @EnumSource(value = Productlijn.class, names = {"TOEGEWEZEN", "TE_WIJZIGEN", "NIEUW"})
    void urenPerDagVallenBuitenDeRegel(Productlijn lijn) {
        zonderBevinding(ontvang(omvang(lijn, "04", "1")), "CS338");
    }
}
