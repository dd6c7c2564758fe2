package nl.twente.ijw.gateway.validation.inbericht;

import static org.assertj.core.api.Assertions.assertThat;

import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class Cd079ProductBijGeenBudgetTest extends InBerichtTestBasis {

    private static TestBericht zonderProductEnOmvang(Productlijn lijn) {
        TestBericht b = lijn.bericht();
        return lijn.verwijder(lijn.verwijder(b, "Product"), "Omvang");
    }

    @ParameterizedTest
    @CsvSource({
            "TOEGEWEZEN,  /Bericht/Client/ToegewezenProducten/ToegewezenProduct/Product",
            "AANGEVRAAGD, /Bericht/Client/AangevraagdeProducten/AangevraagdProduct/Product",
            "NIEUW,       /Bericht/Client/Verzoek/NieuweProducten/NieuwProduct/Product"})
    void zonderProductEnZonderBudgetWordtAfgekeurd(Productlijn lijn, String pad) {
        Verwerking v = ontvang(zonderProductEnOmvang(lijn));

        afgekeurdAlleenDoor(v, "Client", "CD079");
        assertThat(paden(v, "CD079")).containsExactly(pad);
    }

    @ParameterizedTest
    @EnumSource(value = Productlijn.class, names = {"TOEGEWEZEN", "AANGEVRAAGD", "NIEUW"})
    void eenGeneriekeToewijzingMetBudgetMagZonderProduct(Productlijn lijn) {
        zonderBevinding(ontvang(lijn.budget(zonderProductEnOmvang(lijn), 120000)), "CD079");
    }

    @ParameterizedTest
    @EnumSource(value = Productlijn.class, names = {"TOEGEWEZEN", "AANGEVRAAGD", "NIEUW"})
    void metProductEnZonderBudgetMag(Productlijn lijn) {
        zonderBevinding(ontvang(lijn.bericht()), "CD079");
    }
}
