package nl.twente.ijw.gateway.validation.technisch;

import static nl.twente.ijw.gateway.fixtures.TestBericht.jw301;

import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;

class Tr061ClientHeeftAdresTest extends TechnischeRegelTest {

    @Test
    void alleenEenTijdelijkAdresGeeft0001() {
        Verwerking v = ontvang(vers(jw301()).zet("Client/Contactgegevens/Contact/Soort", "04"));

        afgekeurdMet0001(v, "TR061", "/Bericht/Client/Contactgegevens");
    }

    @Test
    void hetAdresVanEenRelatieTeltNietVoorDeClient() {
        // The Relatie's Contact has Soort 02, but TR061 asks for an address of the client itself.
        Verwerking v = ontvang(metRelatie(vers(jw301()), 1, "REL1", null)
                .zet("Client/Contactgegevens/Contact/Soort", "04"));

        afgekeurdMet0001(v, "TR061", "/Bericht/Client/Contactgegevens");
    }

    @Test
    void eenCorrespondentieadresIsGenoeg() {
        Verwerking v = ontvang(vers(jw301()).zet("Client/Contactgegevens/Contact/Soort", "02"));

        zonderBevinding(v, "TR061");
    }
}
