package nl.twente.ijw.gateway.validation.inbericht;

import static org.assertj.core.api.Assertions.assertThat;

import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;

class Cd086GeenRedenBijOnderzoekTest extends InBerichtTestBasis {

    @Test
    void inOnderzoekMetRedenWordtAfgekeurd() {
        Verwerking v = ontvang(vers(TestBericht.jw319()).zet("Antwoord/VerzoekAntwoord", "2"));

        afgekeurdAlleenDoor(v, "Antwoord", "CD086");
        assertThat(paden(v, "CD086")).containsExactly("/Bericht/Antwoord/RedenAfwijzingVerzoek");
    }

    @Test
    void inOnderzoekZonderRedenMag() {
        TestBericht b = vers(TestBericht.jw319()).zet("Antwoord/VerzoekAntwoord", "2").verwijder("Antwoord/RedenAfwijzingVerzoek");

        zonderBevinding(ontvang(b), "CD086");
    }
}
