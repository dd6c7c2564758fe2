package nl.twente.ijw.gateway.validation.inbericht;

import static org.assertj.core.api.Assertions.assertThat;

import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;

class Cs050NaamGebruikBijPartnernaamTest extends InBerichtTestBasis {

    private static TestBericht metPartnernaam(TestBericht b, String naamPad) {
        return b.voegToeNa(naamPad + "/Geslachtsnaam", "Partnernaam", null)
                .voegKindToe(naamPad + "/Partnernaam", "Achternaam", "Jansen", true);
    }

    @Test
    void metPartnernaamIsNaamGebruik5NietToegestaan() {
        TestBericht b = metPartnernaam(vers(TestBericht.jw301()), "Client/Naam").zet("Client/Naam/NaamGebruik", "5");

        Verwerking v = ontvang(b);

        afgekeurdAlleenDoor(v, "Client", "CS050");
        assertThat(paden(v, "CS050")).containsExactly("/Bericht/Client/Naam/NaamGebruik");
    }

    @Test
    void metPartnernaamMagNaamGebruik4() {
        TestBericht b = metPartnernaam(vers(TestBericht.jw301()), "Client/Naam").zet("Client/Naam/NaamGebruik", "4");

        zonderBevinding(ontvang(b), "CS050");
    }

    @Test
    void zonderPartnernaamIsNaamGebruik2NietToegestaan() {
        Verwerking v = ontvang(vers(TestBericht.jw301()).zet("Client/Naam/NaamGebruik", "2"));

        afgekeurdAlleenDoor(v, "Client", "CS050");
        assertThat(paden(v, "CS050")).containsExactly("/Bericht/Client/Naam/NaamGebruik");
    }

    @Test
    void zonderPartnernaamMagNaamGebruik1() {
        zonderBevinding(ontvang(vers(TestBericht.jw301())), "CS050");
    }

    @Test
    void ookDeNaamVanEenRelatie() {
        TestBericht b = Jw301Delen.relatie(vers(TestBericht.jw301())).zet(Jw301Delen.RELATIE + "/Naam/NaamGebruik", "3");

        Verwerking v = ontvang(b);

        afgekeurdAlleenDoor(v, "Client", "CS050");
        assertThat(paden(v, "CS050")).containsExactly("/Bericht/Client/Relaties/Relatie/Naam/NaamGebruik");
    }

    @Test
    void eenRelatieZonderPartnernaamMagNaamGebruik6() {
        TestBericht b = Jw301Delen.relatie(vers(TestBericht.jw301())).zet(Jw301Delen.RELATIE + "/Naam/NaamGebruik", "6");

        zonderBevinding(ontvang(b), "CS050");
    }
}
