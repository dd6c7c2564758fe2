package nl.twente.ijw.gateway.validation.inbericht;

import static nl.twente.ijw.gateway.validation.inbericht.Jw301Delen.CONTACT;
import static nl.twente.ijw.gateway.validation.inbericht.Jw301Delen.TWEEDE_CONTACT;
import static org.assertj.core.api.Assertions.assertThat;

import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;

class Cd005LandCodeBijPostcodeTest extends InBerichtTestBasis {

    /** A second Contact (Soort 02, with Telefoon) with a Belgian address in Gent. */
    private static TestBericht metBelgischAdres(String postcode) {
        TestBericht b = Jw301Delen.tweedeContact(vers(TestBericht.jw301()), "02")
                .voegToeNa(TWEEDE_CONTACT + "/Soort", "Adres", null);
        if (postcode != null) {
            b.voegKindToe(TWEEDE_CONTACT + "/Adres", "Postcode", postcode, true);
        }
        return b.voegKindToe(TWEEDE_CONTACT + "/Adres", "Plaatsnaam", "Gent", true)
                .voegKindToe(TWEEDE_CONTACT + "/Adres", "LandCode", "BE", true);
    }

    @Test
    void eenPostcodeZonderLandCodeWordtAfgekeurd() {
        Verwerking v = ontvang(vers(TestBericht.jw301()).verwijder(CONTACT + "/Adres/LandCode"));

        afgekeurdAlleenDoor(v, "Client", "CD005");
        assertThat(paden(v, "CD005")).containsExactly("/Bericht/Client/Contactgegevens/Contact/Adres/LandCode");
    }

    @Test
    void eenLandCodeZonderPostcodeWordtAfgekeurd() {
        Verwerking v = ontvang(metBelgischAdres(null));

        afgekeurdAlleenDoor(v, "Client", "CD005");
        assertThat(paden(v, "CD005")).containsExactly("/Bericht/Client/Contactgegevens/Contact[2]/Adres/LandCode");
    }

    @Test
    void postcodeMetLandCodeMag() {
        zonderBevinding(ontvang(metBelgischAdres("9000")), "CD005");
    }

    @Test
    void eenContactZonderAdresMagZonderBeide() {
        zonderBevinding(ontvang(Jw301Delen.tweedeContact(vers(TestBericht.jw301()), "02")), "CD005");
    }
}
