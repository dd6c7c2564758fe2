package nl.twente.ijw.gateway.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Collectors;
import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.mapping.Productcatalogus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/**
 * A product code the catalogue does not know falls back on the category default and is counted
 * and reported, never dropped. The intake refuses unknown codes (TR381), so the case arises when
 * the region's catalogue changes afterwards: here the reader uses the shipped catalogue without
 * 45A03 (Groepsbegeleiding basis), the intake the full one. Other tests may leave 45A03
 * trajectories in the shared database, so the counts are compared before and after.
 */
class TrajectOnbekendProductTest extends TrajectTestBasis {

    @TempDir
    static Path map;

    static Productcatalogus zonder45A03;

    @Autowired
    ObjectMapper json;

    @BeforeAll
    static void catalogusZonder45A03() throws Exception {
        String csv;
        try (InputStream in = Productcatalogus.class.getResourceAsStream(Productcatalogus.STANDAARD)) {
            csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String zonder = csv.lines().filter(r -> !r.startsWith("45;45A03;")).collect(Collectors.joining("\n", "", "\n"));
        assertThat(zonder).hasSizeLessThan(csv.length());
        Path bestand = map.resolve("producten.csv");
        Files.writeString(bestand, zonder);
        zonder45A03 = Productcatalogus.uit(bestand);
    }

    TrajectLezer lezerZonder45A03() {
        return new TrajectLezer(jdbc, zonder45A03, klok, Duration.ZERO);
    }

    long aantal45A03(TrajectLezer lezer) {
        return lezer.onbekendeProducten().stream().filter(p -> "45".equals(p.categorie()) && "45A03".equals(p.code()))
                .mapToLong(TrajectLezer.OnbekendProduct::aantalTrajecten).sum();
    }

    static TestBericht groepsbegeleiding(String bsn, long nummer) {
        return toewijzing(bsn, nummer).zet(PRODUCT + "/Product/Code", "45A03").zet(PRODUCT + "/Omvang/Eenheid", "16");
    }

    @Test
    void eenOnbekendeCodeValtTerugOpDeCategorieEnWordtGeteldEnGemeld() throws Exception {
        TrajectLezer lezer = lezerZonder45A03();
        long voor = aantal45A03(lezer);
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        new OnbekendeProductenMeter(registry, lezer);
        double meterVoor = registry.get(OnbekendeProductenMeter.NAAM).gauge().value();

        String bsn = TestBericht.uniekeBsn();
        long eerste = TestBericht.uniekNummer();
        long tweede = TestBericht.uniekNummer();
        long geannuleerd = TestBericht.uniekNummer();
        accepteer(groepsbegeleiding(bsn, eerste));
        accepteer(groepsbegeleiding(bsn, tweede));
        accepteer(groepsbegeleiding(bsn, geannuleerd));
        accepteer(groepsbegeleiding(bsn, geannuleerd).zet(PRODUCT + "/Toewijzingsdatum", "2026-03-02")
                .zet(PRODUCT + "/Einddatum", "2026-03-01").voegToeNa(PRODUCT + "/Einddatum", "RedenWijziging", "13"));
        // A toewijzing without a code is aspecific, not unknown: not in the report.
        accepteer(toewijzing(bsn, TestBericht.uniekNummer()).verwijder(PRODUCT + "/Product/Code").verwijder(PRODUCT + "/Omvang")
                .voegToeNa(PRODUCT + "/Einddatum", "Budget", 100000));

        // Not dropped: the trajectory is there, in the category default's segment, flagged.
        Traject t = lezer.traject("0153", eerste, PEILDATUM).orElseThrow();
        assertThat(t.productCode()).isEqualTo("45A03");
        assertThat(t.segment()).isEqualTo("AMBULANT");
        assertThat(t.subsegment()).isNull();
        assertThat(t.segmentUitStandaard()).isTrue();
        // The full catalogue knows it.
        assertThat(traject("0153", eerste).subsegment()).isEqualTo("BEGELEIDING");

        // Counted: two current trajectories more (the cancelled one counts nowhere).
        assertThat(aantal45A03(lezer)).isEqualTo(voor + 2);
        assertThat(registry.get(OnbekendeProductenMeter.NAAM).gauge().value()).isEqualTo(meterVoor + 2);

        // Reported: the endpoint ...
        MockMvc mvc = MockMvcBuilders.standaloneSetup(new TrajectController(lezer))
                .setMessageConverters(new MappingJackson2HttpMessageConverter(json)).build();
        String body = mvc.perform(get("/api/trajecten/onbekende-producten").header("X-Api-Key", "dev-monitor"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        JsonNode rij = null;
        for (JsonNode r : json.readTree(body)) {
            if (r.get("code").asText().equals("45A03")) {
                rij = r;
            }
        }
        assertThat(rij).isNotNull();
        assertThat(rij.get("categorie").asText()).isEqualTo("45");
        assertThat(rij.get("aantal_trajecten").asLong()).isEqualTo(voor + 2);
        // ... and the command's line on standard error.
        int gemeld = TrajectenCommando.schrijf(lezer, json, "jsonl", new StringWriter());
        assertThat(gemeld).isGreaterThanOrEqualTo(2);
        assertThat(TrajectenCommando.melding(2)).isEqualTo("2 trajectories with a product code not in the catalogue;"
                + " category default used (GET /api/trajecten/onbekende-producten lists them)");
    }

    @Test
    void metDeVolledigeCatalogusIsErNietsOnbekends() {
        String bsn = TestBericht.uniekeBsn();
        accepteer(groepsbegeleiding(bsn, TestBericht.uniekNummer()));

        assertThat(lezer().onbekendeProducten()).noneMatch(p -> "45A03".equals(p.code()));
    }
}
