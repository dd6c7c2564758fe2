package nl.twente.ijw.gateway.validation.inbericht;

import static nl.twente.ijw.gateway.validation.inbericht.Jw301Delen.CONTACT;
import static nl.twente.ijw.gateway.validation.inbericht.Jw301Delen.TWEEDE_CONTACT;
import static org.assertj.core.api.Assertions.assertThat;

import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;

class Cd009PeriodeAlleenBijTijdelijkAdresTest extends InBerichtTestBasis {

    @Test
    void eenBrpAdresMetPeriodeWordtAfgekeurd() {
        TestBericht b = vers(TestBericht.jw301()).voegToeNa(CONTACT + "/Adres", "Periode", null)
                .voegKindToe(CONTACT + "/Periode", "Begindatum", "2026-03-01", true);

        Verwerking v = ontvang(b);

        afgekeurdAlleenDoor(v, "Client", "CD009");
        assertThat(paden(v, "CD009")).containsExactly("/Bericht/Client/Contactgegevens/Contact/Periode");
    }

    @Test
    void eenTijdelijkAdresMetPeriodeMag() {
        TestBericht b = Jw301Delen.tweedeContact(vers(TestBericht.jw301()), "04")
                .voegToeNa(TWEEDE_CONTACT + "/Telefoon", "Periode", null)
                .voegKindToe(TWEEDE_CONTACT + "/Periode", "Begindatum", "2026-03-01", true)
                .voegKindToe(TWEEDE_CONTACT + "/Periode", "Einddatum", "2026-06-30", true);

        zonderBevinding(ontvang(b), "CD009");
    }
}
