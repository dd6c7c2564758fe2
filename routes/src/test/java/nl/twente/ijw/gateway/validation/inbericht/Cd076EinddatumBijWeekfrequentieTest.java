package nl.twente.ijw.gateway.validation.inbericht;

import static org.assertj.core.api.Assertions.assertThat;

import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class Cd076EinddatumBijWeekfrequentieTest extends InBerichtTestBasis {

    @ParameterizedTest
    @CsvSource({
            "TOEGEWEZEN,  /Bericht/Client/ToegewezenProducten/ToegewezenProduct/Einddatum",
            "AANGEVRAAGD, /Bericht/Client/AangevraagdeProducten/AangevraagdProduct/ToewijzingEinddatum",
            "TE_WIJZIGEN, /Bericht/Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct/Einddatum",
            "NIEUW,       /Bericht/Client/Verzoek/NieuweProducten/NieuwProduct/Einddatum"})
    void eenOmvangPerWeekZonderEinddatumWordtAfgekeurd(Productlijn lijn, String pad) {
        Verwerking v = ontvang(lijn.verwijder(lijn.bericht(), lijn.eind));

        afgekeurdAlleenDoor(v, "Client", "CD076");
        assertThat(paden(v, "CD076")).containsExactly(pad);
    }

    @ParameterizedTest
    @EnumSource(Productlijn.class)
    void eenOmvangPerMaandMagZonderEinddatum(Productlijn lijn) {
        TestBericht b = lijn.verwijder(lijn.zet(lijn.bericht(), "Omvang/Frequentie", "4"), lijn.eind);

        zonderBevinding(ontvang(b), "CD076");
    }

    @ParameterizedTest
    @EnumSource(Productlijn.class)
    void eenOmvangPerWeekMetEinddatumMag(Productlijn lijn) {
        zonderBevinding(ontvang(lijn.bericht()), "CD076");
    }
}
