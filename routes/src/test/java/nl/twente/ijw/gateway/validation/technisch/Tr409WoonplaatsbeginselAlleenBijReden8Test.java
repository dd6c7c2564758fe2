package nl.twente.ijw.gateway.validation.technisch;

import static nl.twente.ijw.gateway.fixtures.TestBericht.jw319;

import nl.twente.ijw.gateway.fixtures.TestBericht;
import org.junit.jupiter.api.Test;

/** The fixture refuses with reason 3 (no contract). */
class Tr409WoonplaatsbeginselAlleenBijReden8Test extends TechnischeRegelTest {

    private static TestBericht metWoonplaatsbeginsel(TestBericht jw319) {
        return jw319.voegKindToe("Antwoord", "Woonplaatsbeginsel", null, false)
                .voegKindToe("Antwoord/Woonplaatsbeginsel", "Gemeente", "0141", false);
    }

    @Test
    void eenAndereRedenMetWoonplaatsbeginselGeeft0001() {
        afgekeurdMet0001(ontvang(metWoonplaatsbeginsel(vers(jw319()))), "TR409", "/Bericht/Antwoord/Woonplaatsbeginsel");
    }

    @Test
    void inOnderzoekMetWoonplaatsbeginselGeeft0001() {
        // VerzoekAntwoord 2 carries no reason (CD086), so no reason 8 either.
        afgekeurdMet0001(ontvang(metWoonplaatsbeginsel(vers(jw319()).zet("Antwoord/VerzoekAntwoord", "2")
                .verwijder("Antwoord/RedenAfwijzingVerzoek"))), "TR409", "/Bericht/Antwoord/Woonplaatsbeginsel");
    }

    @Test
    void eenAndereRedenZonderWoonplaatsbeginselMag() {
        zonderBevinding(ontvang(vers(jw319())), "TR409");
    }
}
