package nl.twente.ijw.gateway.validation.inbericht;

import static org.assertj.core.api.Assertions.assertThat;

import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;

class Cd007TaalBijTolkTaalTest extends InBerichtTestBasis {

    @Test
    void tolkTaalZonderTaalWordtAfgekeurd() {
        Verwerking v = ontvang(Jw301Delen.communicatie(vers(TestBericht.jw301()), "1", null));

        afgekeurdAlleenDoor(v, "Client", "CD007");
        assertThat(paden(v, "CD007")).containsExactly("/Bericht/Client/Communicatie/Taal");
    }

    @Test
    void tolkTaalMetTaalMag() {
        zonderBevinding(ontvang(Jw301Delen.communicatie(vers(TestBericht.jw301()), "1", "Arabisch")), "CD007");
    }

    @Test
    void gebarentolkMetTaalWordtAfgekeurd() {
        Verwerking v = ontvang(Jw301Delen.communicatie(vers(TestBericht.jw301()), "2", "Nederlands"));

        afgekeurdAlleenDoor(v, "Client", "CD007");
        assertThat(paden(v, "CD007")).containsExactly("/Bericht/Client/Communicatie/Taal");
    }

    @Test
    void gebarentolkZonderTaalMag() {
        zonderBevinding(ontvang(Jw301Delen.communicatie(vers(TestBericht.jw301()), "2", null)), "CD007");
    }
}
