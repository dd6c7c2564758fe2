package nl.twente.ijw.gateway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class VoortgangTest {

    private final ByteArrayOutputStream uit = new ByteArrayOutputStream();
    private long nu;

    private Voortgang voortgang(boolean terminal) {
        return new Voortgang("import", 1000, new PrintStream(uit, true, StandardCharsets.UTF_8), terminal, () -> nu);
    }

    private String tekst() {
        return uit.toString(StandardCharsets.UTF_8);
    }

    @Test
    void zonderTerminalEenRegelPerVijfSecondenMetAantalTempoEnRestduur() {
        Voortgang v = voortgang(false);
        nu = 4_000_000_000L;
        v.stap(100);
        assertThat(tekst()).isEmpty();
        nu = 5_000_000_000L;
        v.stap(250);
        nu = 6_000_000_000L;
        v.stap(300);
        nu = 10_000_000_000L;
        v.stap(500);
        assertThat(tekst()).isEqualTo("""
                import: 250/1000 (25%), 50/s, nog 0:15
                import: 500/1000 (50%), 50/s, nog 0:10
                """);
    }

    @Test
    void klaarToontAltijdDeEindstand() {
        Voortgang v = voortgang(false);
        nu = 2_000_000_000L;
        v.klaar(1000);
        assertThat(tekst()).isEqualTo("import: 1000/1000 (100%), 500/s, nog 0:00\n");
    }

    @Test
    void opEenTerminalEenBalkDieZichOverschrijft() {
        Voortgang v = voortgang(true);
        nu = 1_000_000_000L;
        v.stap(500);
        nu = 2_000_000_000L;
        v.klaar(1000);
        assertThat(tekst()).isEqualTo(
                "\rimport [###############               ] 500/1000 (50%), 500/s, nog 0:01   "
                        + "\rimport [##############################] 1000/1000 (100%), 500/s, nog 0:00   \n");
    }

    @Test
    void urenInDeRestduur() {
        assertThat(Voortgang.duur(3 * 3600 + 7 * 60 + 5)).isEqualTo("3:07:05");
        assertThat(Voortgang.duur(65)).isEqualTo("1:05");
    }
}
