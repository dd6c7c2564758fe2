package nl.twente.ijw.gateway.validation.inbericht;

import static nl.twente.ijw.gateway.validation.inbericht.Cd066GeenVerwijzerNaamBijZorgverlenerCodeTest.VERWIJZER;
import static org.assertj.core.api.Assertions.assertThat;

import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Cd067VerwijzerNaamZonderZorgverlenerCodeTest extends InBerichtTestBasis {

    @ParameterizedTest
    @ValueSource(strings = {"02", "03", "04", "05"})
    void eenZorgverlenerZonderCodeEnZonderNaamWordtAfgekeurd(String type) {
        TestBericht b = vers(TestBericht.jw315()).zet(VERWIJZER + "/Type", type).verwijder(VERWIJZER + "/ZorgverlenerCode");

        Verwerking v = ontvang(b);

        afgekeurdAlleenDoor(v, "Client", "CD067");
        assertThat(paden(v, "CD067")).containsExactly("/Bericht/Client/AangevraagdeProducten/AangevraagdProduct/Verwijzer/Naam");
    }

    @Test
    void eenZorgverlenerMetAlleenEenNaamMag() {
        TestBericht b = vers(TestBericht.jw315()).verwijder(VERWIJZER + "/ZorgverlenerCode")
                .voegToeNa(VERWIJZER + "/Type", "Naam", "Huisartsenpraktijk De Graaf");

        zonderBevinding(ontvang(b), "CD067");
    }

    @Test
    void zelfverwijzingZonderNaamMag() {
        // Type 06 (no referrer) is not a care provider: neither code nor name is asked.
        TestBericht b = vers(TestBericht.jw315()).zet(VERWIJZER + "/Type", "06").verwijder(VERWIJZER + "/ZorgverlenerCode");

        zonderBevinding(ontvang(b), "CD067");
    }
}
