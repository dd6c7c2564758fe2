package nl.twente.ijw.gateway.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class GrafiekTest {

    @Test
    void rondeStappen() {
        assertThat(Grafiek.rondeStap(100)).isEqualTo(25);
        assertThat(Grafiek.rondeStap(150)).isEqualTo(50);
        assertThat(Grafiek.rondeStap(7)).isEqualTo(2);
        assertThat(Grafiek.rondeStap(0)).isEqualTo(1);
    }

    @Test
    void balkenWaardenEnStippellijnVanDeStreefwaarde() {
        String svg = Grafiek.svg("V1", "Jongeren in verblijf per jaar", List.of(
                new Grafiek.Punt(2024, 100, false, 100),
                new Grafiek.Punt(2025, 50, false, 80)), "aantal", 2025, 5);

        // y axis 0..125 in steps of 25 over 142 px: 2024's bar of 100 is 113.6 px high;
        // the target 80 lies 90.9 px above the base line at y 164.
        assertThat(svg).contains("<rect class=\"balk\" x=\"101.5\" y=\"50.4\" width=\"44.0\" height=\"113.6\"/>");
        assertThat(svg).contains("<rect class=\"balk gekozen\" x=\"252.5\" y=\"107.2\" width=\"44.0\" height=\"56.8\"/>");
        assertThat(svg).contains("<polyline class=\"doel\" points=\"48.0,50.4 123.5,50.4 274.5,73.1 350.0,73.1\"/>");
        assertThat(svg).contains(">100</text>", ">50</text>", ">2024</text>", ">2025</text>", ">125</text>");
        assertThat(svg).contains("<title id=\"g-V1-t\">Jongeren in verblijf per jaar</title>");
        assertThat(svg).contains("<desc id=\"g-V1-d\">2024: 100 (streefwaarde 100); 2025: 50 (streefwaarde 80)</desc>");
    }

    @Test
    void onderdruktJaarKrijgtGeenBalkMaarDeTekst() {
        String svg = Grafiek.svg("V1", "V1", List.of(
                new Grafiek.Punt(2024, null, true, null),
                new Grafiek.Punt(2025, 12, false, null)), "aantal", 2025, 5);
        assertThat(Pattern.compile("<rect ").matcher(svg).results().count()).isEqualTo(1);
        assertThat(svg).contains(">&lt; 5</text>").doesNotContain("polyline");
    }

    @Test
    void aandelenLopenVanNulTotHonderdProcent() {
        String svg = Grafiek.svg("V4", "V4", List.of(new Grafiek.Punt(2025, 0.875, false, 0.9)), "aandeel", 2025, 5);
        assertThat(svg).contains(">0%</text>", ">25%</text>", ">50%</text>", ">75%</text>", ">100%</text>", ">87,5%</text>");
        assertThat(svg).doesNotContain(">125%<");
    }
}
