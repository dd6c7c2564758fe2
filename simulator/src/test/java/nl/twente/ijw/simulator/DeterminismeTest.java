package nl.twente.ijw.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same settings give the same files, byte for byte; another seed gives other traffic. */
class DeterminismeTest {

    @Test
    void zelfdeSeedGeeftDezelfdeBestanden(@TempDir Path a, @TempDir Path b) throws IOException {
        Simulator.schrijf(new Instellingen(42, 2025, 2025, 80, 0.05, 1, a));
        Simulator.schrijf(new Instellingen(42, 2025, 2025, 80, 0.05, 1, b));
        List<Path> bestandenA = bestanden(a);
        assertThat(bestandenA).hasSizeGreaterThan(200);
        assertThat(bestanden(b)).containsExactlyElementsOf(bestandenA);
        for (Path relatief : bestandenA) {
            assertThat(Files.readAllBytes(b.resolve(relatief))).as(relatief.toString())
                    .isEqualTo(Files.readAllBytes(a.resolve(relatief)));
        }
    }

    @Test
    void andereSeedGeeftAnderVerkeer(@TempDir Path a, @TempDir Path b) throws IOException {
        Simulator.schrijf(new Instellingen(42, 2025, 2025, 80, 0.05, 1, a));
        Simulator.schrijf(new Instellingen(43, 2025, 2025, 80, 0.05, 1, b));
        assertThat(Files.readString(b.resolve("grondwaarheid.json")))
                .isNotEqualTo(Files.readString(a.resolve("grondwaarheid.json")));
    }

    @Test
    void weigertEenMapMetBerichten(@TempDir Path a) throws IOException {
        Files.createDirectories(a.resolve("berichten"));
        Files.writeString(a.resolve("berichten/oud.xml"), "<x/>");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> Simulator.schrijf(new Instellingen(1, 2025, 2025, 5, 0, 1, a)))
                .isInstanceOf(IOException.class).hasMessageContaining("niet leeg");
    }

    private static List<Path> bestanden(Path map) throws IOException {
        try (Stream<Path> s = Files.walk(map)) {
            return s.filter(Files::isRegularFile).map(map::relativize).sorted().toList();
        }
    }
}
