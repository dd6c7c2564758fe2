package nl.twente.ijw.gateway.config.registers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import nl.twente.ijw.mapping.Aanbiederregister;
import nl.twente.ijw.mapping.Gemeenteregister;
import nl.twente.ijw.mapping.Productcatalogus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The registers come from the configured files, or from the shipped examples when none is set. */
class RegistersConfigTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(RegistersConfig.class);

    @TempDir
    Path map;

    @Test
    void zonderInstellingDeMeegeleverdeVoorbeelden() {
        runner.run(context -> {
            assertThat(context.getBean(Gemeenteregister.class).naam("0153")).contains("Enschede");
            assertThat(context.getBean(Productcatalogus.class).product("45", "45A01", LocalDate.of(2026, 3, 1))).isPresent();
            assertThat(context.getBean(Aanbiederregister.class).bekend("87654321")).isTrue();
        });
    }

    @Test
    void eenIngesteldBestandVervangtHetVoorbeeld() throws IOException {
        Path gemeenten = schrijf("gemeenten.csv", "code;naam;geldig_van;geldig_tot;twente\n0153;Enschede;;;ja\n");
        Path producten = schrijf("producten.csv",
                "categorie;code;segment;subsegment;geldig_van;geldig_tot;tarief;eenheid;omschrijving\n45;45X01;AMBULANT;;;;;;\n");
        Path aanbieders = schrijf("aanbieders.csv", "agb;naam\n12345678;Eigen aanbieder\n");

        runner.withPropertyValues("ijw.registers.gemeenten=" + gemeenten, "ijw.registers.producten=" + producten,
                "ijw.registers.aanbieders=" + aanbieders).run(context -> {
            assertThat(context.getBean(Gemeenteregister.class).gemeenten()).hasSize(1);
            assertThat(context.getBean(Productcatalogus.class).product("45", "45A01", LocalDate.of(2026, 3, 1))).isEmpty();
            assertThat(context.getBean(Productcatalogus.class).product("45", "45X01", LocalDate.of(2026, 3, 1))).isPresent();
            assertThat(context.getBean(Aanbiederregister.class).naam("12345678")).contains("Eigen aanbieder");
        });
    }

    @Test
    void eenOnleesbaarBestandHoudtDeStartTegen() {
        runner.withPropertyValues("ijw.registers.gemeenten=" + map.resolve("bestaat-niet.csv"))
                .run(context -> assertThat(context).hasFailed());
    }

    private Path schrijf(String naam, String inhoud) throws IOException {
        Path bestand = map.resolve(naam);
        Files.writeString(bestand, inhoud, StandardCharsets.UTF_8);
        return bestand;
    }
}
