package nl.twente.ijw.gateway.validation.inbericht;

import static org.assertj.core.api.Assertions.assertThat;

import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class Cd077GeenOmvangBijBudgetTest extends InBerichtTestBasis {

    @ParameterizedTest
    @CsvSource({
            "TOEGEWEZEN,  /Bericht/Client/ToegewezenProducten/ToegewezenProduct/Omvang",
            "AANGEVRAAGD, /Bericht/Client/AangevraagdeProducten/AangevraagdProduct/Omvang",
            "TE_WIJZIGEN, /Bericht/Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct/Omvang",
            "NIEUW,       /Bericht/Client/Verzoek/NieuweProducten/NieuwProduct/Omvang"})
    void eenBudgetNaastEenOmvangWordtAfgekeurd(Productlijn lijn, String pad) {
        Verwerking v = ontvang(lijn.budget(lijn.bericht(), 120000));

        // Budget and Omvang together break CD077 and its mirror CD078 at once: no message breaks only one.
        afgekeurdAlleenDoor(v, "Client", "CD077", "CD078");
        assertThat(paden(v, "CD077")).containsExactly(pad);
    }

    @ParameterizedTest
    @EnumSource(Productlijn.class)
    void eenBudgetZonderOmvangMag(Productlijn lijn) {
        zonderBevinding(ontvang(lijn.budget(lijn.aspecifiek(lijn.bericht()), 120000)), "CD077");
    }
}
