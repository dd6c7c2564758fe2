package nl.twente.ijw.gateway.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.twente.ijw.gateway.fixtures.RegelTestBasis;
import nl.twente.ijw.gateway.fixtures.TestBericht;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@code /dashboard} on the real indicator service: the page shows the API's numbers for the
 * same question, in Dutch; bad parameters are problem details. Each test has an aanbieder of its
 * own and filters on it. min-cell-size 1, so that two youths are shown.
 */
@CamelSpringBootTest
@SpringBootTest(properties = {"ijw.data-dir=target/test-data/dashboard", "ijw.kanalen=false",
        "spring.artemis.embedded.enabled=false", "ijw.indicatoren.min-cell-size=1"})
@AutoConfigureMockMvc
class DashboardControllerTest extends RegelTestBasis {

    static final String SLEUTEL = "X-Api-Key";
    static final String MONITOR = "dev-monitor";
    static final String PRODUCT = "Client/ToegewezenProducten/ToegewezenProduct";
    static final String START = "Client/StartProducten/StartProduct";
    static final String STOP = "Client/StopProducten/StopProduct";
    private static final Pattern WAARDE = Pattern.compile(
            "<p class=\"waarde[^\"]*\" data-id=\"([^\"]+)\" data-jaar=\"2025\" data-waarde=\"([^\"]*)\" data-noemer=\"([^\"]*)\""
                    + " data-onderdrukt=\"(true|false)\">([^<]*)</p>");

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    /**
     * Two youths placed (43B01, tariff € 285 a night) at a new aanbieder: decided 2025-03-01,
     * care 2025-03-15 up to 2025-04-14 (30 nights each, waited 14 days).
     */
    private String tweePlaatsingen() {
        String aanbieder = String.format("8%07d", TestBericht.uniekNummer() % 10_000_000L);
        for (int i = 0; i < 2; i++) {
            String bsn = TestBericht.uniekeBsn();
            long nummer = TestBericht.uniekNummer();
            accepteer(TestBericht.jw301().zet("Header/BerichtIdentificatie/Dagtekening", "2025-03-01")
                    .zet("Header/Ontvanger", aanbieder).zetOveral("Bsn", bsn)
                    .zet(PRODUCT + "/ToewijzingNummer", nummer)
                    .zet(PRODUCT + "/Product/Categorie", "43").zet(PRODUCT + "/Product/Code", "43B01")
                    .zet(PRODUCT + "/Toewijzingsdatum", "2025-03-01").zet(PRODUCT + "/Ingangsdatum", "2025-03-01")
                    .zet(PRODUCT + "/Einddatum", "2025-12-31")
                    .zet(PRODUCT + "/Omvang/Volume", 7).zet(PRODUCT + "/Omvang/Eenheid", "14"));
            accepteer(TestBericht.jw305().zet("Header/BerichtIdentificatie/Dagtekening", "2025-04-20")
                    .zet("Header/Afzender", aanbieder).zetOveral("Bsn", bsn)
                    .zet(START + "/ToewijzingNummer", nummer)
                    .zet(START + "/Product/Categorie", "43").zet(START + "/Product/Code", "43B01")
                    .zet(START + "/ToewijzingIngangsdatum", "2025-03-01").zet(START + "/Begindatum", "2025-03-15"));
            accepteer(TestBericht.jw307().zet("Header/BerichtIdentificatie/Dagtekening", "2025-04-20")
                    .zet("Header/Afzender", aanbieder).zetOveral("Bsn", bsn)
                    .zet(STOP + "/ToewijzingNummer", nummer)
                    .zet(STOP + "/Product/Categorie", "43").zet(STOP + "/Product/Code", "43B01")
                    .zet(STOP + "/ToewijzingIngangsdatum", "2025-03-01").zet(STOP + "/Begindatum", "2025-03-15")
                    .zet(STOP + "/RedenBeeindiging", "31").zet(STOP + "/Einddatum", "2025-04-14"));
        }
        return aanbieder;
    }

    private String pagina(String query) throws Exception {
        return mvc.perform(get("/dashboard?" + query).header(SLEUTEL, MONITOR))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** id → {waarde, noemer, onderdrukt, shown text}. */
    private static Map<String, String[]> waarden(String html) {
        Map<String, String[]> uit = new HashMap<>();
        Matcher m = WAARDE.matcher(html);
        while (m.find()) {
            uit.put(m.group(1), new String[] {m.group(2), m.group(3), m.group(4), m.group(5)});
        }
        return uit;
    }

    @Test
    void toontDeCijfersInHetNederlands() throws Exception {
        String aanbieder = tweePlaatsingen();
        String html = pagina("jaar=2025&aanbieder=" + aanbieder + "&peildatum=2026-02-01");
        Map<String, String[]> w = waarden(html);
        assertThat(w.get("V1")).containsExactly("2", "", "false", "2");
        assertThat(w.get("V3")).containsExactly("60", "", "false", "60");
        assertThat(w.get("V6")).containsExactly("1.0", "2", "false", "100%");
        // 2 × 30 nights × € 285 over 2 youths
        assertThat(w.get("V9")[3]).isEqualTo("€ 8.550,00");
        assertThat(html).contains("<option value=\"" + aanbieder + "\" selected>");
        assertThat(html).contains("<option value=\"2025\" selected>2025</option>");
    }

    @Test
    void dezelfdeCijfersAlsDeApi() throws Exception {
        String aanbieder = tweePlaatsingen();
        String query = "jaar=2025&aanbieder=" + aanbieder + "&peildatum=2026-02-01";
        JsonNode api = json.readTree(mvc.perform(get("/api/indicatoren?" + query).header(SLEUTEL, MONITOR))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        Map<String, String[]> w = waarden(pagina(query));
        assertThat(api.size()).isGreaterThan(20);
        assertThat(w).hasSize(api.size());
        for (JsonNode cel : api) {
            String id = cel.path("id").asText();
            String[] p = w.get(id);
            assertThat(p).as(id).isNotNull();
            assertGelijk(p[0], cel.path("waarde"), "waarde " + id);
            assertGelijk(p[1], cel.path("noemer"), "noemer " + id);
            assertThat(p[2]).as("onderdrukt " + id).isEqualTo(cel.path("onderdrukt").asText());
        }
    }

    private static void assertGelijk(String getoond, JsonNode api, String wat) {
        if (api.isNull() || api.isMissingNode()) {
            assertThat(getoond).as(wat).isEmpty();
        } else {
            assertThat(new BigDecimal(getoond)).as(wat + " (API " + api + ")").isEqualByComparingTo(api.decimalValue());
        }
    }

    @Test
    void ongeldigeParametersZijnEenProbleem() throws Exception {
        for (String query : new String[] {"jaar=20x5", "peildatum=gisteren", "segment=ONZIN", "gemeente=Enschede",
                "aanbieder=123"}) {
            mvc.perform(get("/dashboard?" + query).header(SLEUTEL, MONITOR))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
    }

    @Test
    void eenGemeenteZonderGegevensIsGeenFout() throws Exception {
        String html = pagina("jaar=2025&gemeente=1774&peildatum=2026-02-01");
        assertThat(waarden(html).get("V1")).containsExactly("0", "", "false", "0");
        assertThat(html).contains("<option value=\"1774\" selected>");
    }
}
