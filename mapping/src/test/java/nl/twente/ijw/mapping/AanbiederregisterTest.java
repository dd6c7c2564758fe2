package nl.twente.ijw.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AanbiederregisterTest {

    private static final Aanbiederregister REGISTER = Aanbiederregister.standaard();

    @TempDir
    Path map;

    @Test
    void deAanbiedersVanDeTestberichtenEnDeVoorbeeldenZijnBekend() {
        assertThat(REGISTER.naam("87654321")).contains("Voorbeeld Jeugdhulp Twente (fictief)");
        assertThat(REGISTER.bekend("42420001")).isTrue();
        assertThat(REGISTER.bekend("65656055")).isTrue();
        assertThat(REGISTER.bekend("11111111")).isFalse();
    }

    @Test
    void eenEigenBestandVervangtDeMeegeleverdeLijst() throws IOException {
        Path bestand = Files.createTempFile(map, "aanbieders", ".csv");
        Files.writeString(bestand, "agb;naam\n12345678;Eigen aanbieder\n", StandardCharsets.UTF_8);

        Aanbiederregister eigen = Aanbiederregister.uit(bestand);

        assertThat(eigen.aanbieders()).containsExactly(new Aanbiederregister.Aanbieder("12345678", "Eigen aanbieder"));
        assertThat(eigen.bekend("87654321")).isFalse();
    }

    @Test
    void eenDubbeleAgbCodeWordtGeweigerd() throws IOException {
        Path bestand = Files.createTempFile(map, "aanbieders", ".csv");
        Files.writeString(bestand, "agb;naam\n12345678;A\n12345678;B\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> Aanbiederregister.uit(bestand)).hasMessageContaining("regel 3");
    }
}
