package nl.twente.ijw.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The command line: options, defaults and the refusals. */
class OpdrachtregelTest {

    @Test
    void leestAlleOpties() {
        Instellingen i = Simulator.lees(new String[] {"--seed", "42", "--jaren", "2023-2028", "--jeugdigen", "300",
                "--fout-aandeel=0.05", "--inloopjaren", "1", "--uit", "/tmp/sim"});
        assertThat(i).isEqualTo(new Instellingen(42, 2023, 2028, 300, 0.05, 1, Path.of("/tmp/sim")));
    }

    @Test
    void standaarden() {
        assertThat(Simulator.lees(new String[] {"--uit", "d"}))
                .isEqualTo(new Instellingen(1, 2025, 2025, 20000, 0.02, 2, Path.of("d")));
    }

    @Test
    void weigertFouteInvoer() {
        assertThatThrownBy(() -> Simulator.lees(new String[] {"--seed", "1"})).hasMessageContaining("--uit");
        assertThatThrownBy(() -> Simulator.lees(new String[] {"--uit", "d", "--kleur", "rood"}))
                .hasMessageContaining("--kleur");
        assertThatThrownBy(() -> Simulator.lees(new String[] {"--uit", "d", "--jaren", "2026-2024"}))
                .hasMessageContaining("jaren");
        assertThatThrownBy(() -> Simulator.lees(new String[] {"--uit", "d", "--fout-aandeel", "1.5"}))
                .hasMessageContaining("fout-aandeel");
        assertThatThrownBy(() -> Simulator.lees(new String[] {"--uit", "d", "--jeugdigen", "veel"}))
                .hasMessageContaining("geen getal");
        assertThatThrownBy(() -> Simulator.lees(new String[] {"--uit"})).hasMessageContaining("waarde ontbreekt");
        assertThatThrownBy(() -> Simulator.lees(new String[] {"--uit", "d", "--kleur"}))
                .hasMessage("onbekende optie --kleur");
    }

    @Test
    void hulpOokNaastFouteOpties() {
        assertThat(Simulator.vraagtHulp(new String[] {"--help"})).isTrue();
        assertThat(Simulator.vraagtHulp(new String[] {"--seed", "x", "-h"})).isTrue();
        assertThat(Simulator.vraagtHulp(new String[] {"--uit", "d"})).isFalse();
    }
}
