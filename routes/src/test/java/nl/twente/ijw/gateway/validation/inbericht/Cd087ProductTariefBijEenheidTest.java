package nl.twente.ijw.gateway.validation.inbericht;

import static nl.twente.ijw.gateway.validation.inbericht.Declaratie.PRESTATIE;
import static org.assertj.core.api.Assertions.assertThat;

import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;

class Cd087ProductTariefBijEenheidTest extends InBerichtTestBasis {

    /** A prestatie in euro's: 780 euro delivered and claimed, still with the fixture's tariff. */
    private static TestBericht inEuros() {
        return vers(TestBericht.jw323()).zet(PRESTATIE + "/Eenheid", "83").zet(PRESTATIE + "/GeleverdVolume", "78000");
    }

    @Test
    void urenZonderTariefWordenAfgekeurd() {
        Verwerking v = ontvang(vers(TestBericht.jw323()).verwijder(PRESTATIE + "/ProductTarief"));

        afgekeurdAlleenDoor(v, "DeclaratieAntwoord", "CD087");
        assertThat(paden(v, "CD087")).containsExactly("/Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie/ProductTarief");
    }

    @Test
    void eurosMetTariefWordenAfgekeurd() {
        Verwerking v = ontvang(inEuros());

        afgekeurdAlleenDoor(v, "DeclaratieAntwoord", "CD087");
        assertThat(paden(v, "CD087")).containsExactly("/Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie/ProductTarief");
    }

    @Test
    void eurosZonderTariefMogen() {
        zonderBevinding(ontvang(inEuros().verwijder(PRESTATIE + "/ProductTarief")), "CD087");
    }

    @Test
    void urenMetTariefMogen() {
        zonderBevinding(ontvang(vers(TestBericht.jw323())), "CD087");
    }
}
