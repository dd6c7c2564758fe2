package nl.twente.ijw.gateway.validation.technisch;

import static nl.twente.ijw.gateway.fixtures.TestBericht.jw317;

import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;

/** VOW of the fixture (Dagtekening 2026-03-02) with two NieuwProducten added. */
class Tr410GeenStapelingInNieuweProductenTest extends TechnischeRegelTest {

    private static final String PAD_TWEEDE = "/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct[2]";

    private static TestBericht eersteNieuw() {
        return metNieuwProduct(vers(jw317()), 1, "45A02", "2026-04-01", "2026-12-31");
    }

    @Test
    void hetzelfdeProductMetEenDagOverlapGeeft0001() {
        Verwerking v = ontvang(metNieuwProduct(eersteNieuw(), 2, "45A02", "2026-12-31", "2027-06-30"));

        afgekeurdMet0001(v, "TR410", PAD_TWEEDE);
    }

    @Test
    void aansluitendePeriodesMogen() {
        zonderBevinding(ontvang(metNieuwProduct(eersteNieuw(), 2, "45A02", "2027-01-01", "2027-06-30")), "TR410");
    }

    @Test
    void zonderCodeWordtOpCategorieVergeleken() {
        Verwerking v = ontvang(metNieuwProduct(eersteNieuw(), 2, null, "2026-06-01", "2026-09-30"));

        afgekeurdMet0001(v, "TR410", PAD_TWEEDE);
    }

    @Test
    void eenTeWijzigenProductTeltHierNietMee() {
        // The fixture's TeWijzigenProduct runs until 2027-06-30; overlap with toewijzingen is TR361's.
        zonderBevinding(ontvang(eersteNieuw()), "TR410");
    }
}
