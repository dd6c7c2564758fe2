package nl.twente.ijw.gateway.validation.technisch;

import static nl.twente.ijw.gateway.fixtures.TestBericht.jw317;

import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;

/** Dagtekening of the VOW fixture: 2026-03-02; its TeWijzigenProduct starts in the past (2026-03-01). */
class Tr380NieuwProductInDeToekomstTest extends TechnischeRegelTest {

    @Test
    void eenNieuwProductVanafDeDagtekeningGeeft0001() {
        Verwerking v = ontvang(metNieuwProduct(vers(jw317()), 1, "45A02", "2026-03-02", "2026-12-31"));

        afgekeurdMet0001(v, "TR380", "/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct/GewensteIngangsdatum");
    }

    @Test
    void eenNieuwProductVanafDeDagNaDeDagtekeningMag() {
        // (interp.) Only NieuwProduct is bound: the TeWijzigenProduct from 2026-03-01 raises nothing.
        zonderBevinding(ontvang(metNieuwProduct(vers(jw317()), 1, "45A02", "2026-03-03", "2026-12-31")), "TR380");
    }
}
