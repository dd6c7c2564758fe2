package nl.twente.ijw.gateway.validation.technisch;

import static nl.twente.ijw.gateway.fixtures.TestBericht.jw317;

import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;

class Tr352VerzoekNoemtHuidigeToewijzingTest extends TechnischeRegelTest {

    @Test
    void alleenNieuweProductenGeeft0001() {
        Verwerking v = ontvang(metNieuwProduct(vers(jw317()).verwijder("Client/Verzoek/TeWijzigenProducten"),
                1, "45A02", "2026-04-01", "2026-12-31"));

        afgekeurdMet0001(v, "TR352", "/Bericht/Client/Verzoek");
    }

    @Test
    void eenOngewijzigdProductIsGenoeg() {
        TestBericht bericht = vers(jw317()).verwijder("Client/Verzoek/TeWijzigenProducten");
        Verwerking v = ontvang(metNieuwProduct(metOngewijzigdProduct(bericht, TestBericht.uniekNummer()),
                1, "45A02", "2026-04-01", "2026-12-31"));

        zonderBevinding(v, "TR352");
    }

    @Test
    void eenTeWijzigenProductIsGenoeg() {
        zonderBevinding(ontvang(vers(jw317())), "TR352");
    }
}
