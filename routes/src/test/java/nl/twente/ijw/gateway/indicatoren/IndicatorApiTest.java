package nl.twente.ijw.gateway.indicatoren;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import nl.twente.ijw.gateway.cli.Opdrachtregel;
import nl.twente.ijw.gateway.fixtures.TestBericht;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The indicator API, its CSV and the command line, from the outside. */
class IndicatorApiTest extends IndicatorTestBasis {

    static final String SLEUTEL = "X-Api-Key";

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    /** One placement: 43B01 decided 2025-03-01, care 2025-03-15 to 2025-04-14 (30 nights, wait 14). */
    String eenPlaatsing() {
        String aanbieder = nieuweAanbieder();
        Toewijzing t = toewijzing(TestBericht.uniekeBsn(), aanbieder, "43B01", "2025-03-01", "2025-03-01", "2025-12-31");
        start(t, "2025-03-15");
        stop(t, "2025-03-15", "31", "2025-04-14");
        return aanbieder;
    }

    @Test
    void cellenAlsJson() throws Exception {
        String aanbieder = eenPlaatsing();
        mvc.perform(get("/api/indicatoren").header(SLEUTEL, "dev-monitor")
                        .param("jaar", "2025").param("aanbieder", aanbieder).param("peildatum", "2026-02-01"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value("V1"))
                .andExpect(jsonPath("$[0].jaar").value(2025))
                .andExpect(jsonPath("$[0].aanbieder").value(aanbieder))
                .andExpect(jsonPath("$[0].gemeente").doesNotExist())
                .andExpect(jsonPath("$[0].waarde").value(1))
                .andExpect(jsonPath("$[0].basisjaar").value(2024))
                .andExpect(jsonPath("$[0].oordeel").value("no baseline"))
                .andExpect(jsonPath("$[0].onderdrukt").value(false))
                .andExpect(jsonPath("$[2].id").value("V3"))
                .andExpect(jsonPath("$[2].waarde").value(30))
                .andExpect(jsonPath("$[5].id").value("V6"))
                .andExpect(jsonPath("$[5].waarde").value(1.0))
                .andExpect(jsonPath("$[5].noemer").value(1))
                .andExpect(jsonPath("$[8].id").value("V9"))
                .andExpect(jsonPath("$[8].waarde").value(8550.00));
    }

    @Test
    void cellenAlsCsv() throws Exception {
        String aanbieder = eenPlaatsing();
        String csv = mvc.perform(get("/api/indicatoren").header(SLEUTEL, "dev-monitor").header("Accept", "text/csv")
                        .param("jaar", "2025").param("aanbieder", aanbieder).param("peildatum", "2026-02-01"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String[] regels = csv.split("\n");
        assertThat(regels[0]).isEqualTo("id,jaar,gemeente,aanbieder,segment,subsegment,waarde,noemer,basisjaar,basiswaarde,"
                + "streefwaarde,oordeel,onderdrukt");
        assertThat(regels[1]).isEqualTo("V1,2025,," + aanbieder + ",,,1,,2024,0,2027 ≤ 70% van 2024,no baseline,false");
        assertThat(regels[6]).isEqualTo("V6,2025,," + aanbieder + ",,,1.0,1,2024,,≥ 90%,on track,false");
        assertThat(regels[9]).isEqualTo("V9,2025,," + aanbieder + ",,,8550.00,1,2024,,dalende trend: 2027 ≤ 2024,no baseline,false");
    }

    @Test
    void foutenInDeVraagZijn400() throws Exception {
        mvc.perform(get("/api/indicatoren").header(SLEUTEL, "dev-monitor"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(400));
        mvc.perform(get("/api/indicatoren").header(SLEUTEL, "dev-monitor").param("jaar", "twintig"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/indicatoren").header(SLEUTEL, "dev-monitor").param("jaar", "2025").param("peildatum", "2025-13-01"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/indicatoren").header(SLEUTEL, "dev-monitor").param("jaar", "2025").param("id", "V99"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/indicatoren").header(SLEUTEL, "dev-monitor").header("Accept", "text/csv")
                        .param("jaar", "2025").param("segment", "ZWEMBAD"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/api/indicatoren/V99/uitleg").header(SLEUTEL, "dev-monitor").param("jaar", "2025"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void uitlegDefinitiesEnWachtlijst() throws Exception {
        String aanbieder = eenPlaatsing();
        mvc.perform(get("/api/indicatoren/V3/uitleg").header(SLEUTEL, "dev-monitor")
                        .param("jaar", "2025").param("aanbieder", aanbieder).param("peildatum", "2026-02-01"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].gemeente").value("0153"))
                .andExpect(jsonPath("$[0].aanbieder").value(aanbieder))
                .andExpect(jsonPath("$[0].segment").value("VERBLIJF"))
                .andExpect(jsonPath("$[0].subsegment").value("RESIDENTIEEL"))
                .andExpect(jsonPath("$[0].begindatum").value("2025-03-15"))
                .andExpect(jsonPath("$[0].einddatum").value("2025-04-14"))
                .andExpect(jsonPath("$[0].bijdrage").value(30));
        mvc.perform(get("/api/indicatoren/definities").header(SLEUTEL, "dev-monitor").param("peildatum", "2026-02-01"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.indicatoren[0].id").value("V1"))
                .andExpect(jsonPath("$.indicatoren[0].eenheid").value("aantal"))
                .andExpect(jsonPath("$.indicatoren[0].streefwaarde").value("2027 ≤ 70% van 2024"))
                .andExpect(jsonPath("$.segmenten[0]").value("VERBLIJF"))
                .andExpect(jsonPath("$.gemeenten[?(@.code == '0153')].naam").value("Enschede"));

        // A gesloten placement decided 2026-01-01 and not started: 31 days on 2026-02-01 is within the norm
        // of 42; 59 days on 2026-03-01 is over it.
        toewijzing(TestBericht.uniekeBsn(), aanbieder, "43C01", "2026-01-01", "2026-01-01", "2026-12-31");
        mvc.perform(get("/api/indicatoren/wachtlijst").header(SLEUTEL, "dev-monitor").param("peildatum", "2026-02-01"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.aanbieder == '" + aanbieder + "')]").isEmpty());
        mvc.perform(get("/api/indicatoren/wachtlijst").header(SLEUTEL, "dev-monitor").param("peildatum", "2026-03-01")
                        .param("gemeente", "0153"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.aanbieder == '" + aanbieder + "')].segment").value("VERBLIJF"))
                .andExpect(jsonPath("$[?(@.aanbieder == '" + aanbieder + "')].subsegment").value("GESLOTEN"))
                .andExpect(jsonPath("$[?(@.aanbieder == '" + aanbieder + "')].aantal").value(1));
    }

    @Test
    void opdrachtregelGeeftDezelfdeCellen() throws Exception {
        String aanbieder = eenPlaatsing();
        Opdrachtregel regel = Opdrachtregel.lees(new String[] {"--jaar", "2025", "--aanbieder", aanbieder,
                "--peildatum", "2026-02-01", "--format", "csv"}, IndicatorenCommando.OPTIES);
        StringWriter csv = new StringWriter();
        IndicatorenCommando.schrijf(indicatoren, json, regel, "csv", csv);
        assertThat(csv.toString().split("\n")[3]).isEqualTo("V3,2025,," + aanbieder + ",,,30,,2024,0,2027 ≤ 85% van 2024 (−5% per jaar),no baseline,false");

        StringWriter uitJson = new StringWriter();
        IndicatorenCommando.schrijf(indicatoren, json, Opdrachtregel.lees(new String[] {"--jaar=2025", "--aanbieder=" + aanbieder,
                "--peildatum=2026-02-01"}, IndicatorenCommando.OPTIES), "json", uitJson);
        var boom = json.readTree(uitJson.toString());
        assertThat(boom.get(2).get("id").asText()).isEqualTo("V3");
        assertThat(boom.get(2).get("waarde").asLong()).isEqualTo(30);
        assertThat(boom.size()).isEqualTo(cellen(2025, aanbieder).size());
    }

    @Test
    void opdrachtregelMetFouteArgumentenStoptMetCode2() {
        assertThat(IndicatorenCommando.voerUit(new String[] {"--format", "json"})).isEqualTo(2);
        assertThat(IndicatorenCommando.voerUit(new String[] {"--jaar", "2025", "--format", "xml"})).isEqualTo(2);
        assertThat(IndicatorenCommando.voerUit(new String[] {"--jaar", "2025", "--peildatum", "gisteren"})).isEqualTo(2);
        assertThat(IndicatorenCommando.voerUit(new String[] {"--jaar", "2025", "extra"})).isEqualTo(2);
    }
}
