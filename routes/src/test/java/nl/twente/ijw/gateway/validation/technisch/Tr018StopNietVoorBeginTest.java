package nl.twente.ijw.gateway.validation.technisch;

import static nl.twente.ijw.gateway.fixtures.TestBericht.jw307;

import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;

/** The stop of the fixture begins 2026-03-02; the Dagtekening is 2026-03-02 too. */
class Tr018StopNietVoorBeginTest extends TechnischeRegelTest {

    @Test
    void eenEinddatumVoorDeBegindatumGeeft0001() {
        Verwerking v = ontvang(vers(jw307()).zet("Client/StopProducten/StopProduct/Einddatum", "2026-03-01"));

        afgekeurdMet0001(v, "TR018", "/Bericht/Client/StopProducten/StopProduct/Einddatum");
    }

    @Test
    void eenStopOpDeDagVanDeStartMag() {
        Verwerking v = ontvang(vers(jw307()).zet("Client/StopProducten/StopProduct/Einddatum", "2026-03-02"));

        zonderBevinding(v, "TR018");
    }
}
