package nl.twente.ijw.gateway.validation.technisch;

import static nl.twente.ijw.gateway.fixtures.TestBericht.jw317;

import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;

class Tr353VerzoekVraagtWijzigingTest extends TechnischeRegelTest {

    @Test
    void alleenOngewijzigdeProductenGeeft0001() {
        Verwerking v = ontvang(metOngewijzigdProduct(vers(jw317()).verwijder("Client/Verzoek/TeWijzigenProducten"),
                TestBericht.uniekNummer()));

        afgekeurdMet0001(v, "TR353", "/Bericht/Client/Verzoek");
    }

    @Test
    void eenNieuwProductIsGenoeg() {
        TestBericht bericht = vers(jw317()).verwijder("Client/Verzoek/TeWijzigenProducten");
        Verwerking v = ontvang(metNieuwProduct(metOngewijzigdProduct(bericht, TestBericht.uniekNummer()),
                1, "45A02", "2026-04-01", "2026-12-31"));

        zonderBevinding(v, "TR353");
    }

    @Test
    void eenTeWijzigenProductIsGenoeg() {
        zonderBevinding(ontvang(vers(jw317())), "TR353");
    }
}
