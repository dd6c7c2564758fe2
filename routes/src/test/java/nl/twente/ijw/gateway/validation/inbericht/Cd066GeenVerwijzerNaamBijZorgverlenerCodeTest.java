package nl.twente.ijw.gateway.validation.inbericht;

import static org.assertj.core.api.Assertions.assertThat;

import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Cd066GeenVerwijzerNaamBijZorgverlenerCodeTest extends InBerichtTestBasis {

    static final String VERWIJZER = "Client/AangevraagdeProducten/AangevraagdProduct/Verwijzer";

    @ParameterizedTest
    @ValueSource(strings = {"02", "03", "04", "05"})
    void eenZorgverlenerMetCodeEnNaamWordtAfgekeurd(String type) {
        TestBericht b = vers(TestBericht.jw315()).zet(VERWIJZER + "/Type", type)
                .voegToeNa(VERWIJZER + "/Type", "Naam", "Dr. Bosch");

        Verwerking v = ontvang(b);

        afgekeurdAlleenDoor(v, "Client", "CD066");
        assertThat(paden(v, "CD066")).containsExactly("/Bericht/Client/AangevraagdeProducten/AangevraagdProduct/Verwijzer/Naam");
    }

    @ParameterizedTest
    @ValueSource(strings = {"02", "05"})
    void eenZorgverlenerMetAlleenDeCodeMag(String type) {
        zonderBevinding(ontvang(vers(TestBericht.jw315()).zet(VERWIJZER + "/Type", type)), "CD066");
    }
}
