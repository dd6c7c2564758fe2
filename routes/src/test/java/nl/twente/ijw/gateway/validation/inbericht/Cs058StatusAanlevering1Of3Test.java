package nl.twente.ijw.gateway.validation.inbericht;

import static org.assertj.core.api.Assertions.assertThat;

import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Cs058StatusAanlevering1Of3Test extends InBerichtTestBasis {

    private static final String START = "Client/StartProducten/StartProduct/StatusAanlevering";
    private static final String STOP = "Client/StopProducten/StopProduct/StatusAanlevering";

    @ParameterizedTest
    @ValueSource(strings = {"2", "9"})
    void eenStartMetStatus2Of9WordtAfgekeurd(String status) {
        Verwerking v = ontvang(vers(TestBericht.jw305()).zet(START, status));

        afgekeurdAlleenDoor(v, "Client", "CS058");
        assertThat(paden(v, "CS058")).containsExactly("/Bericht/Client/StartProducten/StartProduct/StatusAanlevering");
    }

    @Test
    void eenStopMetStatus2WordtAfgekeurd() {
        Verwerking v = ontvang(vers(TestBericht.jw307()).zet(STOP, "2"));

        afgekeurdAlleenDoor(v, "Client", "CS058");
        assertThat(paden(v, "CS058")).containsExactly("/Bericht/Client/StopProducten/StopProduct/StatusAanlevering");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "3"})
    void eenStartMetStatus1Of3Mag(String status) {
        zonderBevinding(ontvang(vers(TestBericht.jw305()).zet(START, status)), "CS058");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "3"})
    void eenStopMetStatus1Of3Mag(String status) {
        zonderBevinding(ontvang(vers(TestBericht.jw307()).zet(STOP, status)), "CS058");
    }
}
