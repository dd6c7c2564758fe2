package nl.twente.ijw.gateway.validation.technisch;

import static nl.twente.ijw.gateway.fixtures.TestBericht.jw319;

import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;

class Tr377WoonplaatsbeginselBijReden8Test extends TechnischeRegelTest {

    private static TestBericht reden8() {
        return vers(jw319()).zet("Antwoord/RedenAfwijzingVerzoek", "8");
    }

    @Test
    void reden8ZonderWoonplaatsbeginselGeeft0001() {
        afgekeurdMet0001(ontvang(reden8()), "TR377", "/Bericht/Antwoord/RedenAfwijzingVerzoek");
    }

    @Test
    void reden8MetDeVerantwoordelijkeGemeenteMag() {
        Verwerking v = ontvang(reden8().voegKindToe("Antwoord", "Woonplaatsbeginsel", null, false)
                .voegKindToe("Antwoord/Woonplaatsbeginsel", "Gemeente", "0141", false));

        zonderBevinding(v, "TR377");
        zonderBevinding(v, "TR409");
    }
}
