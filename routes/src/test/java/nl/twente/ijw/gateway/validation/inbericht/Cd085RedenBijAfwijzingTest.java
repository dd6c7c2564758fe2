package nl.twente.ijw.gateway.validation.inbericht;

import static org.assertj.core.api.Assertions.assertThat;

import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;

class Cd085RedenBijAfwijzingTest extends InBerichtTestBasis {

    @Test
    void eenAfwijzingZonderRedenWordtAfgekeurd() {
        Verwerking v = ontvang(vers(TestBericht.jw319()).verwijder("Antwoord/RedenAfwijzingVerzoek"));

        afgekeurdAlleenDoor(v, "Antwoord", "CD085");
        assertThat(paden(v, "CD085")).containsExactly("/Bericht/Antwoord/RedenAfwijzingVerzoek");
    }

    @Test
    void eenAfwijzingMetRedenMag() {
        zonderBevinding(ontvang(vers(TestBericht.jw319())), "CD085");
    }
}
