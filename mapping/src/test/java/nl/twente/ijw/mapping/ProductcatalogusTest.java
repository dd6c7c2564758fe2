package nl.twente.ijw.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProductcatalogusTest {

    private static final Productcatalogus CATALOGUS = Productcatalogus.standaard();
    private static final LocalDate DATUM = LocalDate.of(2026, 3, 1);

    @TempDir
    Path map;

    @Test
    void deProductenVanDeTestberichtenEnDeOfficieleVoorbeeldenStaanErin() {
        assertThat(CATALOGUS.product("45", "45A01", DATUM)).isPresent();
        assertThat(CATALOGUS.product("45", "45A03", LocalDate.of(2023, 4, 1))).isPresent();
        assertThat(CATALOGUS.product("45", "45A04", LocalDate.of(2023, 4, 1))).isPresent();
        assertThat(CATALOGUS.product("55", "55A11", DATUM)).isPresent();
        assertThat(CATALOGUS.product("55", "55A12", DATUM)).isPresent();
    }

    @Test
    void eenCodeHoortBijHaarEigenCategorie() {
        assertThat(CATALOGUS.product("43", "43B01", DATUM)).isPresent();
        assertThat(CATALOGUS.product("45", "43B01", DATUM)).isEmpty();
        assertThat(CATALOGUS.metCode("43B01")).extracting(Productcatalogus.Product::categorie).containsExactly("43");
    }

    @Test
    void eenVervallenProductGeldtTotEnMetZijnLaatsteDag() {
        assertThat(CATALOGUS.product("45", "45A05", LocalDate.of(2024, 12, 31))).isPresent();
        assertThat(CATALOGUS.product("45", "45A05", LocalDate.of(2025, 1, 1))).isEmpty();
        assertThat(CATALOGUS.product("45", "45A06", LocalDate.of(2024, 12, 31))).isEmpty();
        assertThat(CATALOGUS.product("45", "45A06", LocalDate.of(2025, 1, 1))).isPresent();
    }

    @Test
    void zoekGeeftSegmentEnSubsegmentVanEenBekendeCode() {
        Productcatalogus.Indeling indeling = CATALOGUS.zoek("45", "45A01", DATUM).orElseThrow();

        assertThat(indeling.segment()).isEqualTo(Segment.AMBULANT);
        assertThat(indeling.subsegment()).contains("BEGELEIDING");
        assertThat(indeling.categorieStandaard()).isFalse();
        assertThat(indeling.bron().tarief()).isEqualTo(6500L);
        assertThat(indeling.bron().eenheid()).isEqualTo("04");
    }

    @Test
    void eenOnbekendeCodeValtTerugOpDeStandaardVanDeCategorie() {
        Productcatalogus.Indeling indeling = CATALOGUS.zoek("43", "43Z99", DATUM).orElseThrow();

        assertThat(indeling.segment()).isEqualTo(Segment.VERBLIJF);
        assertThat(indeling.subsegment()).isEmpty();
        assertThat(indeling.categorieStandaard()).isTrue();
    }

    @Test
    void eenToewijzingZonderCodeKrijgtDeStandaardVanDeCategorie() {
        assertThat(CATALOGUS.zoek("37", null, DATUM)).hasValueSatisfying(i -> {
            assertThat(i.segment()).isEqualTo(Segment.VERBLIJF);
            assertThat(i.subsegment()).contains("GESLOTEN");
            assertThat(i.categorieStandaard()).isTrue();
        });
        assertThat(CATALOGUS.zoek("46", null, DATUM).orElseThrow().segment()).isEqualTo(Segment.CRISIS);
        assertThat(CATALOGUS.zoek("47", null, DATUM).orElseThrow().segment()).isEqualTo(Segment.JEUGDRECLASSERING);
        assertThat(CATALOGUS.zoek("48", null, DATUM).orElseThrow().segment()).isEqualTo(Segment.JEUGDBESCHERMING);
        assertThat(CATALOGUS.zoek("54", null, DATUM).orElseThrow().segment()).isEqualTo(Segment.AMBULANT);
        assertThat(CATALOGUS.zoek("42", null, DATUM).orElseThrow().segment()).isEqualTo(Segment.OVERIG);
    }

    @Test
    void elkeCategorieVanJz020HeeftEenStandaard() {
        for (String categorie : Set.of("31", "32", "33", "34", "35", "36", "37", "38", "40", "41", "42", "43", "44",
                "45", "46", "47", "48", "49", "50", "51", "52", "53", "54", "55")) {
            assertThat(CATALOGUS.categorieStandaard(categorie, DATUM)).as("categorie %s", categorie).isPresent();
        }
    }

    @Test
    void eenOnbekendeCategorieGeeftNiets() {
        assertThat(CATALOGUS.zoek("99", "99A01", DATUM)).isEmpty();
    }

    @Test
    void hetVoorbeeldDektElkSubsegmentVanDeIndicatoren() {
        Set<String> gedekt = new TreeSet<>();
        CATALOGUS.producten().stream().filter(p -> !p.isCategorieStandaard())
                .forEach(p -> gedekt.add(p.segment() + "/" + (p.subsegment() == null ? "" : p.subsegment())));

        assertThat(gedekt).contains(
                "VERBLIJF/GEZINSGERICHT", "VERBLIJF/RESIDENTIEEL", "VERBLIJF/GESLOTEN", "VERBLIJF/DRIE_MILIEU",
                "AMBULANT/BEGELEIDING", "AMBULANT/BEHANDELING", "AMBULANT/DYSLEXIE", "AMBULANT/SCREENING",
                "CRISIS/CRISISOPVANG", "CRISIS/CRISISINTERVENTIE");
        assertThat(gedekt).anyMatch(s -> s.startsWith("AMBULANT_ALTERNATIEF/"));
        assertThat(gedekt).anyMatch(s -> s.startsWith("WONEN/"));
        assertThat(gedekt).anyMatch(s -> s.startsWith("JEUGDBESCHERMING/"));
        assertThat(gedekt).anyMatch(s -> s.startsWith("JEUGDRECLASSERING/"));
        assertThat(gedekt).anyMatch(s -> s.startsWith("OVERIG/"));
    }

    @Test
    void deVoorbeeldcodesHebbenVijfTekensMetDeCategorieVooraan() {
        assertThat(CATALOGUS.producten()).filteredOn(p -> !p.isCategorieStandaard())
                .allSatisfy(p -> assertThat(p.code()).hasSize(5).startsWith(p.categorie()));
    }

    @Test
    void eenEigenBestandVervangtDeMeegeleverdeCatalogus() throws IOException {
        Productcatalogus eigen = Productcatalogus.uit(schrijf("""
                categorie;code;segment;subsegment;geldig_van;geldig_tot;tarief;eenheid;omschrijving
                45;;AMBULANT;;;;;;
                45;X1;AMBULANT;DYSLEXIE;2026-01-01;;;;
                """));

        assertThat(eigen.product("45", "45A01", DATUM)).isEmpty();
        assertThat(eigen.zoek("45", "X1", DATUM).orElseThrow().subsegment()).contains("DYSLEXIE");
        assertThat(eigen.zoek("45", "X1", LocalDate.of(2025, 12, 31)).orElseThrow().categorieStandaard()).isTrue();
    }

    @Test
    void eenFoutInHetBestandNoemtDeRegel() throws IOException {
        String kop = "categorie;code;segment;subsegment;geldig_van;geldig_tot;tarief;eenheid;omschrijving\n";
        assertThatThrownBy(() -> Productcatalogus.uit(schrijf(kop + "45;45A01;AMBULANTJE;;;;;;\n")))
                .hasMessageContaining("regel 2").hasMessageContaining("segment");
        assertThatThrownBy(() -> Productcatalogus.uit(schrijf(kop + "45;45A01;AMBULANT;;;;6500;;\n")))
                .hasMessageContaining("regel 2").hasMessageContaining("eenheid");
        assertThatThrownBy(() -> Productcatalogus.uit(schrijf(kop + "45;45A01;AMBULANT;;;;6500;05;\n")))
                .hasMessageContaining("regel 2").hasMessageContaining("WJ756");
        assertThatThrownBy(() -> Productcatalogus.uit(schrijf(kop + "45;45A001;AMBULANT;;;;;;\n")))
                .hasMessageContaining("regel 2").hasMessageContaining("45A001");
        assertThatThrownBy(() -> Productcatalogus.uit(schrijf(kop + "45;45A01;AMBULANT;;;;;;\n45;45A01;AMBULANT;;2026-01-01;;;;\n")))
                .hasMessageContaining("regel 3").hasMessageContaining("overlapt");
    }

    private Path schrijf(String inhoud) throws IOException {
        Path bestand = Files.createTempFile(map, "producten", ".csv");
        Files.writeString(bestand, inhoud, StandardCharsets.UTF_8);
        return bestand;
    }
}
