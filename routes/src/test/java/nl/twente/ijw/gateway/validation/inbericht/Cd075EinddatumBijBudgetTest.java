package nl.twente.ijw.gateway.validation.inbericht;

import static org.assertj.core.api.Assertions.assertThat;

import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class Cd075EinddatumBijBudgetTest extends InBerichtTestBasis {

    /** Aspecific (Categorie only, no Omvang) with a Budget of 1200 euro. */
    private static TestBericht aspecifiekMetBudget(Productlijn lijn) {
        return lijn.budget(lijn.aspecifiek(lijn.bericht()), 120000);
    }

    @ParameterizedTest
    @CsvSource({
            "TOEGEWEZEN,  /Bericht/Client/ToegewezenProducten/ToegewezenProduct/Einddatum",
            "AANGEVRAAGD, /Bericht/Client/AangevraagdeProducten/AangevraagdProduct/ToewijzingEinddatum",
            "TE_WIJZIGEN, /Bericht/Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct/Einddatum",
            "NIEUW,       /Bericht/Client/Verzoek/NieuweProducten/NieuwProduct/Einddatum"})
    void eenBudgetZonderEinddatumWordtAfgekeurd(Productlijn lijn, String pad) {
        Verwerking v = ontvang(lijn.verwijder(aspecifiekMetBudget(lijn), lijn.eind));

        afgekeurdAlleenDoor(v, "Client", "CD075");
        assertThat(paden(v, "CD075")).containsExactly(pad);
    }

    @ParameterizedTest
    @EnumSource(Productlijn.class)
    void eenBudgetMetEinddatumMag(Productlijn lijn) {
        zonderBevinding(ontvang(aspecifiekMetBudget(lijn)), "CD075");
    }

    @ParameterizedTest
    @EnumSource(Productlijn.class)
    void zonderBudgetMagDeEinddatumOntbreken(Productlijn lijn) {
        // Omvang per month (4), so CD076 does not ask for the end date either.
        TestBericht b = lijn.verwijder(lijn.zet(lijn.bericht(), "Omvang/Frequentie", "4"), lijn.eind);

        zonderBevinding(ontvang(b), "CD075");
    }

    @Test
    void ookEenGeneriekeToewijzingMetBudgetHeeftEenEinddatumNodig() {
        // STANDARD.md §7.2: the Toewijzingsvarianten table calls the Einddatum optional for generic
        // and aspecific-with-budget toewijzingen; CD075 requires it whenever Budget is present.
        Productlijn lijn = Productlijn.TOEGEWEZEN;
        TestBericht b = lijn.budget(lijn.verwijder(lijn.verwijder(lijn.bericht(), "Product"), "Omvang"), 120000);

        Verwerking v = ontvang(lijn.verwijder(b, "Einddatum"));

        afgekeurdAlleenDoor(v, "Client", "CD075");
        assertThat(paden(v, "CD075")).containsExactly("/Bericht/Client/ToegewezenProducten/ToegewezenProduct/Einddatum");
    }
}
