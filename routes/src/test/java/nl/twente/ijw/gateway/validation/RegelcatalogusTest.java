package nl.twente.ijw.gateway.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.twente.ijw.gateway.fixtures.RegelTestBasis;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The checked-in catalogue equals what the code says; every rule has its test. */
class RegelcatalogusTest extends RegelTestBasis {

    private static final Path CATALOGUS = Path.of("../docs/regelcatalogus.md");

    @Autowired
    private Beoordelaar beoordelaar;

    @Test
    void deCatalogusIsBijgewerkt() throws IOException {
        String verwacht = Regelcatalogus.markdown(beoordelaar.regels(), RegelcatalogusTest::bestaat, NietGeimplementeerdeRegels.LIJST);
        if (Boolean.getBoolean("ijw.catalogus.schrijf")) {
            Files.writeString(CATALOGUS, verwacht, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(CATALOGUS, StandardCharsets.UTF_8))
                .as("docs/regelcatalogus.md is verouderd; zie de kop van dat bestand")
                .isEqualTo(verwacht);
    }

    @Test
    void elkeRegelHeeftEenTest() {
        List<String> zonderTest = beoordelaar.regels().stream()
                .map(r -> r.getClass().getName())
                .filter(naam -> !bestaat(naam + "Test"))
                .toList();
        assertThat(zonderTest).isEmpty();
    }

    private static boolean bestaat(String klasse) {
        try {
            Class.forName(klasse);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
