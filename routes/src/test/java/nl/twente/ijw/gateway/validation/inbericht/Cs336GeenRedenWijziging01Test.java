package nl.twente.ijw.gateway.validation.inbericht;

import static org.assertj.core.api.Assertions.assertThat;

import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;

class Cs336GeenRedenWijziging01Test extends InBerichtTestBasis {

    private static final String PRODUCT = "Client/ToegewezenProducten/ToegewezenProduct";

    @Test
    void redenWijziging01WordtAfgekeurd() {
        Verwerking v = ontvang(vers(TestBericht.jw301()).voegToeNa(PRODUCT + "/Einddatum", "RedenWijziging", "01"));

        afgekeurdAlleenDoor(v, "Client", "CS336");
        assertThat(paden(v, "CS336")).containsExactly("/Bericht/Client/ToegewezenProducten/ToegewezenProduct/RedenWijziging");
    }

    @Test
    void redenWijziging14Mag() {
        zonderBevinding(ontvang(vers(TestBericht.jw301()).voegToeNa(PRODUCT + "/Einddatum", "RedenWijziging", "14")), "CS336");
    }
}
