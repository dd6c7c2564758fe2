package nl.twente.ijw.gateway.validation.inbericht;

import static org.assertj.core.api.Assertions.assertThat;

import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class Cd078GeenBudgetBijOmvangTest extends InBerichtTestBasis {

    @ParameterizedTest
    @CsvSource({
            "TOEGEWEZEN,  /Bericht/Client/ToegewezenProducten/ToegewezenProduct/Budget",
            "AANGEVRAAGD, /Bericht/Client/AangevraagdeProducten/AangevraagdProduct/Budget",
            "TE_WIJZIGEN, /Bericht/Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct/Budget",
            "NIEUW,       /Bericht/Client/Verzoek/NieuweProducten/NieuwProduct/Budget"})
    void eenOmvangNaastEenBudgetWordtAfgekeurd(Productlijn lijn, String pad) {
        Verwerking v = ontvang(lijn.budget(lijn.bericht(), 120000));

        // The same record breaks CD077 (pointing at the Omvang) too.
        afgekeurdAlleenDoor(v, "Client", "CD077", "CD078");
        assertThat(paden(v, "CD078")).containsExactly(pad);
    }

    @ParameterizedTest
    @EnumSource(Productlijn.class)
    void eenOmvangZonderBudgetMag(Productlijn lijn) {
        zonderBevinding(ontvang(lijn.bericht()), "CD078");
    }
}
