package nl.twente.ijw.gateway.validation.technisch;

import static nl.twente.ijw.gateway.fixtures.TestBericht.jw301;
import static nl.twente.ijw.gateway.fixtures.TestBericht.jw305;
import static nl.twente.ijw.gateway.fixtures.TestBericht.jw315;

import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;

/** Dagtekening of the fixtures: 2026-03-02, so the limit is 1906-03-02. */
class Tr002GeboortedatumNietTeOudTest extends TechnischeRegelTest {

    @Test
    void eenDagMeerDan120JaarVoorDeDagtekeningGeeft0001() {
        Verwerking v = ontvang(vers(jw305()).zet("Client/Geboortedatum/Datum", "1906-03-01"));

        afgekeurdMet0001(v, "TR002", "/Bericht/Client/Geboortedatum/Datum");
    }

    @Test
    void precies120JaarVoorDeDagtekeningMag() {
        Verwerking v = ontvang(vers(jw305()).zet("Client/Geboortedatum/Datum", "1906-03-02"));

        zonderBevinding(v, "TR002");
    }

    @Test
    void eenOnbekendeGeboortedatumMag() {
        Verwerking v = ontvang(vers(jw315()).zet("Client/Geboortedatum/Datum", "1900-01-01")
                .voegToeNa("Client/Geboortedatum/Datum", "DatumGebruik", "3"));

        zonderBevinding(v, "TR002");
    }

    @Test
    void negentienhonderdZonderDatumGebruik3IsGewoonTeOud() {
        Verwerking v = ontvang(vers(jw315()).zet("Client/Geboortedatum/Datum", "1900-01-01"));

        afgekeurdMet0001(v, "TR002", "/Bericht/Client/Geboortedatum/Datum");
    }

    @Test
    void deGeboortedatumVanEenRelatieTeltOok() {
        Verwerking v = ontvang(metRelatie(vers(jw301()), 1, "REL1", "1906-03-01"));

        afgekeurdMet0001(v, "TR002", "/Bericht/Client/Relaties/Relatie/Geboortedatum/Datum");
    }

    @Test
    void eenRelatieVanPrecies120JaarMag() {
        Verwerking v = ontvang(metRelatie(vers(jw301()), 1, "REL1", "1906-03-02"));

        zonderBevinding(v, "TR002");
    }
}
