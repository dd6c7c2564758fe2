package nl.twente.ijw.gateway.validation.inbericht;

import static org.assertj.core.api.Assertions.assertThat;

import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;

class Cs318ClientIsNatuurlijkPersoonTest extends InBerichtTestBasis {

    @Test
    void eenClientMetNaamGebruik6WordtAfgekeurd() {
        Verwerking v = ontvang(vers(TestBericht.jw301()).zet("Client/Naam/NaamGebruik", "6"));

        afgekeurdAlleenDoor(v, "Client", "CS318");
        assertThat(paden(v, "CS318")).containsExactly("/Bericht/Client/Naam/NaamGebruik");
    }

    @Test
    void eenClientMetNaamGebruik1Mag() {
        Verwerking v = ontvang(vers(TestBericht.jw301()).zet("Client/Naam/NaamGebruik", "1"));

        zonderBevinding(v, "CS318");
    }

    @Test
    void eenRelatieMagEenOrganisatieZijn() {
        // IV045: a guardian can be an organisation; CS318 is about the client only.
        TestBericht b = Jw301Delen.relatie(vers(TestBericht.jw301())).zet(Jw301Delen.RELATIE + "/Naam/NaamGebruik", "6");

        Verwerking v = ontvang(b);

        zonderBevinding(v, "CS318");
    }
}
