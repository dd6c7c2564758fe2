package nl.twente.ijw.gateway.validation.inbericht;

import static org.assertj.core.api.Assertions.assertThat;

import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;

class Cs335VerwijderdAlleenBijGelijkeDatumsTest extends InBerichtTestBasis {

    private static final String PRODUCT = "Client/ToegewezenProducten/ToegewezenProduct";

    private static TestBericht verwijderd(String einddatum) {
        return vers(TestBericht.jw301()).zet(PRODUCT + "/Einddatum", einddatum)
                .voegToeNa(PRODUCT + "/Einddatum", "RedenWijziging", "13");
    }

    @Test
    void verwijderdMetEenEinddatumNaDeIngangsdatumWordtAfgekeurd() {
        Verwerking v = ontvang(verwijderd("2026-03-02"));

        afgekeurdAlleenDoor(v, "Client", "CS335");
        assertThat(paden(v, "CS335")).containsExactly("/Bericht/Client/ToegewezenProducten/ToegewezenProduct/RedenWijziging");
    }

    @Test
    void verwijderdMetEinddatumGelijkAanIngangsdatumMag() {
        zonderBevinding(ontvang(verwijderd("2026-03-01")), "CS335");
    }

    @Test
    void eenAndereRedenMetEenLangerePeriodeMag() {
        TestBericht b = vers(TestBericht.jw301()).voegToeNa(PRODUCT + "/Einddatum", "RedenWijziging", "04");

        zonderBevinding(ontvang(b), "CS335");
    }
}
