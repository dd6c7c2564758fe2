package nl.twente.ijw.gateway.validation.technisch;

import static nl.twente.ijw.gateway.fixtures.TestBericht.jw301;

import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;

class Tr006ContactBereikbaarTest extends TechnischeRegelTest {

    /** A second client Contact, Soort 02 (no Postcode needed, CD034), with only the Adres parts left that the test wants. */
    private static TestBericht tweedeContact() {
        return vers(jw301()).kopieer("Client/Contactgegevens/Contact")
                .zet("Client/Contactgegevens/Contact[2]/Soort", "02")
                .verwijder("Client/Contactgegevens/Contact[2]/Adres/LandCode");
    }

    @Test
    void eenHuisZonderPostcodeEnZonderTelefoonGeeft0001() {
        Verwerking v = ontvang(tweedeContact().verwijder("Client/Contactgegevens/Contact[2]/Adres/Postcode"));

        afgekeurdMet0001(v, "TR006", "/Bericht/Client/Contactgegevens/Contact[2]");
    }

    @Test
    void eenPostcodeZonderHuisEnZonderTelefoonGeeft0001() {
        // LandCode stays with the Postcode (CD005) but is not NL, so Huis is not required (CD025).
        Verwerking v = ontvang(vers(jw301()).kopieer("Client/Contactgegevens/Contact")
                .zet("Client/Contactgegevens/Contact[2]/Soort", "02")
                .zet("Client/Contactgegevens/Contact[2]/Adres/LandCode", "BE")
                .zet("Client/Contactgegevens/Contact[2]/Adres/Postcode", "1000")
                .verwijder("Client/Contactgegevens/Contact[2]/Adres/Huis"));

        afgekeurdMet0001(v, "TR006", "/Bericht/Client/Contactgegevens/Contact[2]");
    }

    @Test
    void eenTelefoonZonderAdresIsGenoeg() {
        Verwerking v = ontvang(metTelefoon(tweedeContact().verwijder("Client/Contactgegevens/Contact[2]/Adres"),
                "Client/Contactgegevens/Contact[2]"));

        zonderBevinding(v, "TR006");
    }

    @Test
    void eenRelatieContactMetAlleenTelefoonMag() {
        Verwerking v = ontvang(metRelatie(vers(jw301()), 1, "REL1", null));

        zonderBevinding(v, "TR006");
    }
}
