package nl.twente.ijw.gateway.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.twente.ijw.gateway.fixtures.TestBericht;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** docs/traject.schema.json describes exactly what GET /api/trajecten returns per trajectory. */
class TrajectSchemaTest extends TrajectTestBasis {

    private static final Path SCHEMA = Path.of("..", "docs", "traject.schema.json");

    private static JsonSchema schema;

    @Autowired
    ObjectMapper json;

    @BeforeAll
    static void leesSchema() throws Exception {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        try (InputStream in = Files.newInputStream(SCHEMA)) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
        }
    }

    @Test
    void elkTrajectInDeFeedVoldoetAanHetSchema() throws Exception {
        String bsn = TestBericht.uniekeBsn();
        long toegewezen = TestBericht.uniekNummer();
        long actief = TestBericht.uniekNummer();
        long gestopt = TestBericht.uniekNummer();
        long verlopen = TestBericht.uniekNummer();
        long geannuleerd = TestBericht.uniekNummer();
        String begin = String.valueOf(laatsteBerichtId());
        accepteer(toewijzing(bsn, toegewezen));
        accepteer(toewijzing(bsn, actief).zet(PRODUCT + "/Product/Code", "45B01"));
        accepteer(start(bsn, actief, "2026-03-02").zet(START + "/Product/Code", "45B01"));
        accepteer(toewijzing(bsn, gestopt));
        accepteer(start(bsn, gestopt, "2026-03-09"));
        accepteer(stop(bsn, gestopt, "2026-03-09", "33", "2026-08-31"));
        accepteer(toewijzing(bsn, verlopen));
        accepteer(ingekort(bsn, verlopen));
        accepteer(start(bsn, verlopen, "2026-03-02"));
        accepteer(toewijzing(bsn, geannuleerd));
        accepteer(toewijzing(bsn, geannuleerd).zet(PRODUCT + "/Toewijzingsdatum", "2026-03-02")
                .zet(PRODUCT + "/Einddatum", "2026-03-01").voegToeNa(PRODUCT + "/Einddatum", "RedenWijziging", "13"));

        JsonNode pagina = feed(begin);
        Map<Long, JsonNode> perNummer = new HashMap<>();
        for (JsonNode t : pagina.get("trajecten")) {
            assertThat(fouten(t)).as("traject %s", t).isEmpty();
            perNummer.put(t.get("toewijzing_nummer").asLong(), t);
        }
        assertThat(perNummer.get(toegewezen).get("status").asText()).isEqualTo("ALLOCATED");
        assertThat(perNummer.get(actief).get("status").asText()).isEqualTo("ACTIVE");
        assertThat(perNummer.get(gestopt).get("status").asText()).isEqualTo("ENDED");
        assertThat(perNummer.get(verlopen).get("ended_by_toewijzing").asBoolean()).isTrue();
        assertThat(perNummer.get(geannuleerd).get("status").asText()).isEqualTo("CANCELLED");
        assertThat(perNummer.get(geannuleerd).get("reden_wijziging").asText()).isEqualTo("13");
        // Nulls are written, not left out: the schema requires every property.
        assertThat(perNummer.get(toegewezen).has("begindatum")).isTrue();
        assertThat(perNummer.get(toegewezen).get("begindatum").isNull()).isTrue();
    }

    @Test
    void hetSchemaKentPreciesDeEigenschappenVanDeFeed() throws Exception {
        String bsn = TestBericht.uniekeBsn();
        long nummer = TestBericht.uniekNummer();
        String begin = String.valueOf(laatsteBerichtId());
        accepteer(toewijzing(bsn, nummer));

        JsonNode traject = feed(begin).get("trajecten").get(0);
        List<String> namen = new ArrayList<>();
        traject.fieldNames().forEachRemaining(namen::add);
        JsonNode schemaJson = json.readTree(SCHEMA.toFile());
        List<String> gedocumenteerd = new ArrayList<>();
        schemaJson.get("properties").fieldNames().forEachRemaining(gedocumenteerd::add);
        assertThat(gedocumenteerd).containsExactlyElementsOf(namen);
        assertThat(namen).containsExactly("gemeente", "toewijzing_nummer", "client", "aanbieder", "product_categorie",
                "product_code", "segment", "subsegment", "segment_uit_standaard", "toewijzingsdatum", "ingangsdatum",
                "einddatum", "reden_wijziging", "versie", "begindatum", "wait_days", "einddatum_levering",
                "reden_beeindiging", "aantal_starts", "pause_days", "duration_days", "ended_by_toewijzing", "status",
                "wijziging", "eerste_toewijzingsdatum", "verwijzer_type", "referentie_aanbieder", "verzoek_dagtekening",
                "geboortejaar", "leeftijd_bij_start");

        // The schema is strict: a missing or extra property, an unknown status or a bad date fails.
        assertThat(fouten(((ObjectNode) traject.deepCopy()).without("client"))).isNotEmpty();
        assertThat(fouten(((ObjectNode) traject.deepCopy()).put("bsn", "999990019"))).isNotEmpty();
        assertThat(fouten(((ObjectNode) traject.deepCopy()).put("status", "PAUSED"))).isNotEmpty();
        assertThat(fouten(((ObjectNode) traject.deepCopy()).put("ingangsdatum", "2026-02-30"))).isNotEmpty();
        assertThat(fouten(((ObjectNode) traject.deepCopy()).put("status", "ACTIVE"))).isNotEmpty();
        assertThat(fouten(((ObjectNode) traject.deepCopy()).put("verwijzer_type", "07"))).isNotEmpty();
        assertThat(fouten(((ObjectNode) traject.deepCopy()).put("geboortedatum", "2014-05-20"))).isNotEmpty();
    }

    private Set<ValidationMessage> fouten(JsonNode traject) {
        return schemafouten(traject);
    }

    /** What docs/traject.schema.json finds wrong with one trajectory document (for the other channels' tests too). */
    static Set<ValidationMessage> schemafouten(JsonNode traject) {
        if (schema == null) {
            try {
                leesSchema();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return schema.validate(traject);
    }

    private JsonNode feed(String sinds) throws Exception {
        MockMvc mvc = MockMvcBuilders.standaloneSetup(new TrajectController(lezer()))
                .setMessageConverters(new MappingJackson2HttpMessageConverter(json)).build();
        String body = mvc.perform(get("/api/trajecten").param("sinds", sinds).param("limit", "100"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return json.readTree(body);
    }
}
