package nl.twente.ijw.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GemeenteregisterTest {

    private static final Gemeenteregister REGISTER = Gemeenteregister.standaard();

    @TempDir
    Path map;

    @Test
    void deVeertienTwentseGemeentenMetHunNaam() {
        Map<String, String> twente = new TreeMap<>();
        REGISTER.gemeenten().stream().filter(Gemeenteregister.Gemeente::twente).forEach(g -> twente.put(g.code(), g.naam()));

        assertThat(twente).containsExactlyEntriesOf(new TreeMap<>(Map.ofEntries(
                Map.entry("0141", "Almelo"), Map.entry("0147", "Borne"), Map.entry("0153", "Enschede"),
                Map.entry("0158", "Haaksbergen"), Map.entry("0163", "Hellendoorn"), Map.entry("0164", "Hengelo"),
                Map.entry("0168", "Losser"), Map.entry("0173", "Oldenzaal"), Map.entry("0183", "Tubbergen"),
                Map.entry("0189", "Wierden"), Map.entry("1700", "Twenterand"), Map.entry("1735", "Hof van Twente"),
                Map.entry("1742", "Rijssen-Holten"), Map.entry("1774", "Dinkelland"))));
    }

    @Test
    void deGemeentenUitDeVoorbeeldberichtenZijnGeldig() {
        LocalDate datum = LocalDate.of(2026, 3, 2);
        assertThat(REGISTER.geldig("0363", datum)).isTrue();
        assertThat(REGISTER.geldig("0384", datum)).isTrue();
        assertThat(REGISTER.geldig("1916", datum)).isTrue();
        assertThat(REGISTER.naam("1916")).contains("Leidschendam-Voorburg");
        assertThat(REGISTER.isTwente("0363")).isFalse();
    }

    @Test
    void enschedeIsTwentsEnGeldig() {
        assertThat(REGISTER.isTwente("0153")).isTrue();
        assertThat(REGISTER.geldig("0153", LocalDate.of(2015, 1, 1))).isTrue();
        assertThat(REGISTER.geldig("0153", LocalDate.of(2026, 3, 2))).isTrue();
        assertThat(REGISTER.naam("0153")).contains("Enschede");
    }

    @Test
    void eenVervallenCodeGeldtTotEnMetHaarLaatsteDag() {
        // Weesp joined Amsterdam on 2022-03-24.
        assertThat(REGISTER.geldig("0457", LocalDate.of(2022, 3, 23))).isTrue();
        assertThat(REGISTER.geldig("0457", LocalDate.of(2022, 3, 24))).isFalse();
        assertThat(REGISTER.bekend("0457")).isTrue();
    }

    @Test
    void eenNieuweCodeGeldtVanafHaarEersteDag() {
        // Dijk en Waard: Heerhugowaard and Langedijk, from 2022-01-01.
        assertThat(REGISTER.geldig("1980", LocalDate.of(2021, 12, 31))).isFalse();
        assertThat(REGISTER.geldig("1980", LocalDate.of(2022, 1, 1))).isTrue();
        assertThat(REGISTER.geldig("0398", LocalDate.of(2021, 12, 31))).isTrue();
        assertThat(REGISTER.geldig("0398", LocalDate.of(2022, 1, 1))).isFalse();
    }

    @Test
    void eenOnbekendeCodeIsNergensGeldig() {
        assertThat(REGISTER.geldig("9999", LocalDate.of(2026, 3, 2))).isFalse();
        assertThat(REGISTER.bekend("9999")).isFalse();
        assertThat(REGISTER.naam("9999")).isEmpty();
        assertThat(REGISTER.isTwente("9999")).isFalse();
    }

    @Test
    void eenEigenBestandVervangtDeMeegeleverdeLijst() throws IOException {
        Path bestand = schrijf("""
                # eigen lijst
                code;naam;geldig_van;geldig_tot;twente
                0153;Enschede;;;ja
                0001;Oud;;2019-12-31;nee
                0001;Oud (nieuwe naam);2020-01-01;;nee
                """);

        Gemeenteregister eigen = Gemeenteregister.uit(bestand);

        assertThat(eigen.gemeenten()).hasSize(3);
        assertThat(eigen.geldig("0363", LocalDate.of(2026, 1, 1))).isFalse();
        assertThat(eigen.naam("0001")).contains("Oud (nieuwe naam)");
        assertThat(eigen.op("0001", LocalDate.of(2019, 12, 31)).orElseThrow().naam()).isEqualTo("Oud");
    }

    @Test
    void eenFoutInHetBestandNoemtDeRegel() throws IOException {
        assertThatThrownBy(() -> Gemeenteregister.uit(schrijf("code;naam;geldig_van;geldig_tot;twente\n153;Enschede;;;ja\n")))
                .hasMessageContaining("regel 2").hasMessageContaining("'153'");
        assertThatThrownBy(() -> Gemeenteregister.uit(schrijf("code;naam;geldig_van;geldig_tot;twente\n0153;Enschede;;;misschien\n")))
                .hasMessageContaining("regel 2").hasMessageContaining("ja' of 'nee");
        assertThatThrownBy(() -> Gemeenteregister.uit(schrijf("code;naam;geldig_van;geldig_tot;twente\n0153;Enschede;2026-13-01;;ja\n")))
                .hasMessageContaining("regel 2").hasMessageContaining("geen datum");
        assertThatThrownBy(() -> Gemeenteregister.uit(schrijf(
                "code;naam;geldig_van;geldig_tot;twente\n0001;A;;2020-01-01;nee\n0001;B;2020-01-01;;nee\n")))
                .hasMessageContaining("regel 3").hasMessageContaining("overlapt");
        assertThatThrownBy(() -> Gemeenteregister.uit(schrijf("naam;code;geldig_van;geldig_tot;twente\n")))
                .hasMessageContaining("kolommen");
    }

    private Path schrijf(String inhoud) throws IOException {
        Path bestand = Files.createTempFile(map, "gemeenten", ".csv");
        Files.writeString(bestand, inhoud, StandardCharsets.UTF_8);
        return bestand;
    }
}
