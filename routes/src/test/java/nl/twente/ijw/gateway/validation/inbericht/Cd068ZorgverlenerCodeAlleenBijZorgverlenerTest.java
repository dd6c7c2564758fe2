package nl.twente.ijw.gateway.validation.inbericht;

import static nl.twente.ijw.gateway.validation.inbericht.Cd066GeenVerwijzerNaamBijZorgverlenerCodeTest.VERWIJZER;
import static org.assertj.core.api.Assertions.assertThat;

import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Cd068ZorgverlenerCodeAlleenBijZorgverlenerTest extends InBerichtTestBasis {

    @ParameterizedTest
    @ValueSource(strings = {"01", "06", "08"})
    void eenZorgverlenerCodeBijEenAnderTypeWordtAfgekeurd(String type) {
        Verwerking v = ontvang(vers(TestBericht.jw315()).zet(VERWIJZER + "/Type", type));

        afgekeurdAlleenDoor(v, "Client", "CD068");
        assertThat(paden(v, "CD068"))
                .containsExactly("/Bericht/Client/AangevraagdeProducten/AangevraagdProduct/Verwijzer/ZorgverlenerCode");
    }

    @Test
    void deGemeenteAlsVerwijzerZonderCodeMag() {
        TestBericht b = vers(TestBericht.jw315()).zet(VERWIJZER + "/Type", "01").verwijder(VERWIJZER + "/ZorgverlenerCode");

        zonderBevinding(ontvang(b), "CD068");
    }

    @Test
    void eenHuisartsMetCodeMag() {
        zonderBevinding(ontvang(vers(TestBericht.jw315())), "CD068");
    }
}
