package nl.twente.ijw.gateway.validation.inbericht;

import static nl.twente.ijw.gateway.validation.inbericht.Jw301Delen.CONTACT;
import static nl.twente.ijw.gateway.validation.inbericht.Jw301Delen.TWEEDE_CONTACT;
import static org.assertj.core.api.Assertions.assertThat;

import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;

class Cd025HuisBijNederlandsAdresTest extends InBerichtTestBasis {

    @Test
    void eenNederlandsAdresZonderHuisWordtAfgekeurd() {
        // The Telefoon keeps TR006 satisfied without Huis.
        TestBericht b = Jw301Delen.telefoon(vers(TestBericht.jw301()).verwijder(CONTACT + "/Adres/Huis"), CONTACT, "Adres");

        Verwerking v = ontvang(b);

        afgekeurdAlleenDoor(v, "Client", "CD025");
        assertThat(paden(v, "CD025")).containsExactly("/Bericht/Client/Contactgegevens/Contact/Adres/Huis");
    }

    @Test
    void eenNederlandsAdresMetHuisMag() {
        zonderBevinding(ontvang(vers(TestBericht.jw301())), "CD025");
    }

    @Test
    void eenBuitenlandsAdresZonderHuisMag() {
        TestBericht b = Jw301Delen.tweedeContact(vers(TestBericht.jw301()), "02")
                .voegToeNa(TWEEDE_CONTACT + "/Soort", "Adres", null)
                .voegKindToe(TWEEDE_CONTACT + "/Adres", "Postcode", "9000", true)
                .voegKindToe(TWEEDE_CONTACT + "/Adres", "Plaatsnaam", "Gent", true)
                .voegKindToe(TWEEDE_CONTACT + "/Adres", "LandCode", "BE", true);

        zonderBevinding(ontvang(b), "CD025");
    }
}
