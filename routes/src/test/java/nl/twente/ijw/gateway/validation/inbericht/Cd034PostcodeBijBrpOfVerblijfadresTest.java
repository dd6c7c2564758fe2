package nl.twente.ijw.gateway.validation.inbericht;

import static nl.twente.ijw.gateway.validation.inbericht.Jw301Delen.CONTACT;
import static org.assertj.core.api.Assertions.assertThat;

import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;

class Cd034PostcodeBijBrpOfVerblijfadresTest extends InBerichtTestBasis {

    @Test
    void eenBrpAdresZonderPostcodeWordtAfgekeurd() {
        // Without Postcode the LandCode goes too (CD005), and a Telefoon keeps TR006 satisfied.
        TestBericht b = vers(TestBericht.jw301()).verwijder(CONTACT + "/Adres/Postcode").verwijder(CONTACT + "/Adres/LandCode");
        Verwerking v = ontvang(Jw301Delen.telefoon(b, CONTACT, "Adres"));

        afgekeurdAlleenDoor(v, "Client", "CD034");
        assertThat(paden(v, "CD034")).containsExactly("/Bericht/Client/Contactgegevens/Contact/Adres/Postcode");
    }

    @Test
    void eenVerblijfadresZonderAdresWordtAfgekeurd() {
        Verwerking v = ontvang(Jw301Delen.tweedeContact(vers(TestBericht.jw301()), "03"));

        afgekeurdAlleenDoor(v, "Client", "CD034");
        assertThat(paden(v, "CD034")).containsExactly("/Bericht/Client/Contactgegevens/Contact[2]/Adres/Postcode");
    }

    @Test
    void eenCorrespondentieadresZonderPostcodeMag() {
        zonderBevinding(ontvang(Jw301Delen.tweedeContact(vers(TestBericht.jw301()), "02")), "CD034");
    }

    @Test
    void eenBrpAdresMetPostcodeMag() {
        zonderBevinding(ontvang(vers(TestBericht.jw301())), "CD034");
    }
}
