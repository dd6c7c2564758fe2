package nl.twente.ijw.gateway.validation.technisch;

import static nl.twente.ijw.gateway.fixtures.TestBericht.jw323;

import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;

/** DeclaratieDagtekening of the fixture: 2026-04-02, so the limit is 2021-04-02 (CS100 allows from 2021-01-01). */
class Tr335ProductPeriodeNietOuderDanVijfJaarTest extends TechnischeRegelTest {

    private static final String PERIODE = "Declaratie/Clienten/Client/Prestaties/Prestatie/ProductPeriode";

    @Test
    void eenPeriodeDieMeerDanVijfJaarGeledenEindigdeGeeft0001() {
        // Ends 2021-04-01, one day before the limit.
        Verwerking v = ontvang(vers(jw323()).zet(PERIODE + "/Begindatum", "2021-04-01")
                .zet(PERIODE + "/Einddatum", "2021-04-01"));

        afgekeurdMet0001(v, "TR335", "/Bericht/" + PERIODE + "/Einddatum");
    }

    @Test
    void eenPeriodeDiePreciesVijfJaarGeledenEindigdeMag() {
        Verwerking v = ontvang(vers(jw323()).zet(PERIODE + "/Begindatum", "2021-04-01")
                .zet(PERIODE + "/Einddatum", "2021-04-02"));

        zonderBevinding(v, "TR335");
    }
}
