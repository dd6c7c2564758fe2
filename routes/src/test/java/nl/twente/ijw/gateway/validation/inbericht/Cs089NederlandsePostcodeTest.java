package nl.twente.ijw.gateway.validation.inbericht;

import static nl.twente.ijw.gateway.validation.inbericht.Jw301Delen.CONTACT;
import static nl.twente.ijw.gateway.validation.inbericht.Jw301Delen.RELATIE;
import static org.assertj.core.api.Assertions.assertThat;

import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;

/** Pattern [1-9][0-9]{3}[a-zA-Z]{2} on the whole value (see the class comment of CS089). */
class Cs089NederlandsePostcodeTest extends InBerichtTestBasis {

    private Verwerking metPostcode(String postcode) {
        return ontvang(vers(TestBericht.jw301()).zet(CONTACT + "/Adres/Postcode", postcode));
    }

    @Test
    void eenPostcodeMetSpatieWordtAfgekeurd() {
        Verwerking v = metPostcode("7511 AB");

        afgekeurdAlleenDoor(v, "Client", "CS089");
        assertThat(paden(v, "CS089")).containsExactly("/Bericht/Client/Contactgegevens/Contact/Adres/Postcode");
    }

    @Test
    void eenPostcodeDieMet0BegintWordtAfgekeurd() {
        Verwerking v = metPostcode("0511AB");

        afgekeurdAlleenDoor(v, "Client", "CS089");
        assertThat(paden(v, "CS089")).containsExactly("/Bericht/Client/Contactgegevens/Contact/Adres/Postcode");
    }

    @Test
    void vierCijfersEnTweeLettersMag() {
        zonderBevinding(metPostcode("1000AA"), "CS089");
    }

    @Test
    void kleineLettersMogen() {
        // (interp.) The condities file's own expression allows a-z.
        zonderBevinding(metPostcode("7511ab"), "CS089");
    }

    @Test
    void eenBuitenlandsePostcodeWordtNietGecontroleerd() {
        Verwerking v = ontvang(vers(TestBericht.jw301()).zet(CONTACT + "/Adres/Postcode", "B-9000")
                .zet(CONTACT + "/Adres/LandCode", "BE"));

        zonderBevinding(v, "CS089");
    }

    @Test
    void ookHetAdresVanEenRelatie() {
        TestBericht b = Jw301Delen.relatie(vers(TestBericht.jw301()))
                .voegToeNa(RELATIE + "/Contact/Soort", "Adres", null)
                .voegKindToe(RELATIE + "/Contact/Adres", "Huis", null, true)
                .voegKindToe(RELATIE + "/Contact/Adres/Huis", "Huisnummer", "3", true)
                .voegKindToe(RELATIE + "/Contact/Adres", "Postcode", "751AB", true)
                .voegKindToe(RELATIE + "/Contact/Adres", "LandCode", "NL", true);

        Verwerking v = ontvang(b);

        afgekeurdAlleenDoor(v, "Client", "CS089");
        assertThat(paden(v, "CS089")).containsExactly("/Bericht/Client/Relaties/Relatie/Contact/Adres/Postcode");
    }
}
