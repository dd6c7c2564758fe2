package nl.twente.ijw.gateway.validation.inbericht;

import static org.assertj.core.api.Assertions.assertThat;

import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class Cd041OmvangBijProductcodeTest extends InBerichtTestBasis {

    @ParameterizedTest
    @CsvSource({
            "TOEGEWEZEN,  /Bericht/Client/ToegewezenProducten/ToegewezenProduct/Omvang",
            "AANGEVRAAGD, /Bericht/Client/AangevraagdeProducten/AangevraagdProduct/Omvang",
            "NIEUW,       /Bericht/Client/Verzoek/NieuweProducten/NieuwProduct/Omvang"})
    void eenProductcodeZonderOmvangWordtAfgekeurd(Productlijn lijn, String pad) {
        Verwerking v = ontvang(lijn.verwijder(lijn.bericht(), "Omvang"));

        afgekeurdAlleenDoor(v, "Client", "CD041");
        assertThat(paden(v, "CD041")).containsExactly(pad);
    }

    @ParameterizedTest
    @EnumSource(value = Productlijn.class, names = {"TOEGEWEZEN", "AANGEVRAAGD", "NIEUW"})
    void alleenEenCategorieMagZonderOmvang(Productlijn lijn) {
        zonderBevinding(ontvang(lijn.aspecifiek(lijn.bericht())), "CD041");
    }
}
