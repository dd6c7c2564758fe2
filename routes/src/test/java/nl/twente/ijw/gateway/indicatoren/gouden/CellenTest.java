package nl.twente.ijw.gateway.indicatoren.gouden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

/** Cells: filters (gemeente, aanbieder, segment, subsegment), the verdicts with their baselines, all ids, bad input. */
class CellenTest extends GoudenBasis {

    static final Set<String> AANTALLEN = Set.of("V1", "V2", "V3", "V7", "V8", "A2", "A3", "A6", "T1.verzoeken",
            "T2.01", "T2.02", "T2.03", "T2.04", "T2.05", "T2.06", "T2.08", "T2.onbekend", "T3", "T4");

    /** The same stays counted per gemeente, per aanbieder and per both. */
    @Test
    void cellenPerGemeenteEnPerAanbieder() {
        String g1 = gemeente();
        String g2 = gemeente();
        String p1 = aanbieder();
        String p2 = aanbieder();
        levering(wijsToe(g1, p1, bsn(), "44A01", "2025-02-01", "2025-12-31"), "2025-02-01", "2025-03-01"); // 28
        levering(wijsToe(g1, p2, bsn(), "44A01", "2025-02-01", "2025-12-31"), "2025-02-01", "2025-02-11"); // 10
        levering(wijsToe(g2, p1, bsn(), "44A01", "2025-05-01", "2025-12-31"), "2025-05-01", "2025-05-04"); // 3
        levering(wijsToe(g1, p1, bsn(), "45A01", "2025-02-01", "2025-12-31"), "2025-02-01", "2025-03-01");

        String jaar = "jaar=2025&peildatum=2026-01-01";
        Map<String, JsonNode> gem1 = cellen(jaar + "&gemeente=" + g1);
        aantal(gem1, "V1", 2);
        aantal(gem1, "V3", 38);
        aantal(gem1, "A3", 1);
        assertThat(gem1.get("V1").get("gemeente").asText()).isEqualTo(g1);
        assertThat(gem1.get("V1").get("aanbieder").isNull()).isTrue();
        Map<String, JsonNode> gem2 = cellen(jaar + "&gemeente=" + g2);
        aantal(gem2, "V1", 1);
        aantal(gem2, "V3", 3);
        aantal(gem2, "A3", 0);
        Map<String, JsonNode> aan1 = cellen(jaar + "&aanbieder=" + p1);
        aantal(aan1, "V1", 2);
        aantal(aan1, "V3", 31);
        aantal(aan1, "A3", 1);
        assertThat(aan1.get("V1").get("aanbieder").asText()).isEqualTo(p1);
        assertThat(aan1.get("V1").get("gemeente").isNull()).isTrue();
        Map<String, JsonNode> aan2 = cellen(jaar + "&aanbieder=" + p2);
        aantal(aan2, "V1", 1);
        aantal(aan2, "V3", 10);
        Map<String, JsonNode> beide = cellen(jaar + "&gemeente=" + g1 + "&aanbieder=" + p1);
        aantal(beide, "V1", 1);
        aantal(beide, "V3", 28);
        assertThat(beide.get("V3").get("gemeente").asText()).isEqualTo(g1);
        assertThat(beide.get("V3").get("aanbieder").asText()).isEqualTo(p1);

        List<JsonNode> uitleg = uitleg("V1", jaar + "&aanbieder=" + p1);
        assertThat(uitleg).extracting(i -> i.get("gemeente").asText()).containsExactlyInAnyOrder(g1, g2);
        assertThat(bijdragen(uitleg)).containsExactly(1.0, 1.0);
    }

    /** A segment filter keeps the ids of that segment; ids of another segment give 0 or noemer 0. */
    @Test
    void eenSegmentfilterGeeftNulVoorDeAndereSegmenten() {
        String g = gemeente();
        String p = aanbieder();
        levering(wijsToe(g, p, bsn(), "44B01", "2025-02-01", "2025-12-31"), "2025-02-01", "2025-02-15"); // 14
        levering(wijsToe(g, p, bsn(), "45A01", "2025-02-01", "2025-12-31"), "2025-02-01", "2025-02-11"); // 10

        String jaar = "jaar=2025&peildatum=2026-01-01&gemeente=" + g;
        Map<String, JsonNode> verblijf = cellen(jaar + "&segment=VERBLIJF");
        aantal(verblijf, "V1", 1);
        aantal(verblijf, "V3", 14);
        aandeel(verblijf, "V6", 1.0, 1);
        aantal(verblijf, "A3", 0);
        geenNoemer(verblijf, "A5.begeleiding");
        geenNoemer(verblijf, "A1.begeleiding.gemiddeld");
        assertThat(verblijf.get("V1").get("segment").asText()).isEqualTo("VERBLIJF");
        Map<String, JsonNode> ambulant = cellen(jaar + "&segment=AMBULANT");
        aantal(ambulant, "V1", 0);
        aantal(ambulant, "V3", 0);
        geenNoemer(ambulant, "V6");
        aantal(ambulant, "A3", 1);
        aandeel(ambulant, "A5.begeleiding", 1.0, 1);
        aandeel(ambulant, "A1.begeleiding.gemiddeld", 10.0, 1);
        Map<String, JsonNode> begeleiding = cellen(jaar + "&segment=AMBULANT&subsegment=BEGELEIDING");
        aantal(begeleiding, "A3", 1);
        aantal(begeleiding, "V1", 0);
        assertThat(begeleiding.get("A3").get("subsegment").asText()).isEqualTo("BEGELEIDING");
        Map<String, JsonNode> residentieel = cellen(jaar + "&segment=VERBLIJF&subsegment=RESIDENTIEEL");
        aantal(residentieel, "V1", 1);
        aantal(residentieel, "A3", 0);
        Map<String, JsonNode> gezinsgericht = cellen(jaar + "&segment=VERBLIJF&subsegment=GEZINSGERICHT");
        aantal(gezinsgericht, "V1", 0);
    }

    /**
     * Relative targets follow the linear path from the basisjaar: V1 (2027 <= 70% of 2024, so 2025
     * <= 90%) 1 against 2 is on track; V3 (2027 <= 85% of 2024, so 2025 <= 95%) 365 against 275
     * is off track; a gemeente without 2024 data and a year before 2024 have no baseline.
     */
    @Test
    void hetOordeelVolgtHetPadVanafHetBasisjaar() {
        String g1 = gemeente();
        String g2 = gemeente();
        String p = aanbieder();
        start(wijsToe(g1, p, bsn(), "44A01", "2024-07-01", "2026-06-30"), "2024-07-01");
        levering(wijsToe(g1, p, bsn(), "44A01", "2024-09-01", "2024-12-31"), "2024-09-01", "2024-12-01");
        levering(wijsToe(g2, p, bsn(), "44A01", "2025-02-01", "2025-12-31"), "2025-02-01", "2025-03-01");

        Map<String, JsonNode> c = cellen("jaar=2025&peildatum=2026-01-01&gemeente=" + g1);
        aantal(c, "V1", 1);
        assertThat(c.get("V1").get("basisjaar").asInt()).isEqualTo(2024);
        assertThat(c.get("V1").get("basiswaarde").asDouble()).isEqualTo(2.0);
        assertThat(c.get("V1").get("streefwaarde").isNull()).isFalse();
        oordeel(c, "V1", "on track");
        aantal(c, "V3", 365);
        assertThat(c.get("V3").get("basisjaar").asInt()).isEqualTo(2024);
        assertThat(c.get("V3").get("basiswaarde").asDouble()).isEqualTo(184.0 + 91.0);
        oordeel(c, "V3", "off track");
        aandeel(c, "V4", 1.0, 1);
        oordeel(c, "V4", "on track"); // absolute: >= 90%
        oordeel(c, "V10.thuis", null);

        Map<String, JsonNode> zonderBasis = cellen("jaar=2025&peildatum=2026-01-01&gemeente=" + g2);
        aantal(zonderBasis, "V1", 1);
        oordeel(zonderBasis, "V1", "no baseline");
        oordeel(zonderBasis, "V3", "no baseline");
        aandeel(zonderBasis, "V6", 1.0, 1);
        oordeel(zonderBasis, "V6", "on track");

        Map<String, JsonNode> ervoor = cellen("jaar=2023&peildatum=2026-01-01&gemeente=" + g1);
        aantal(ervoor, "V1", 0);
        oordeel(ervoor, "V1", "no baseline");
    }

    /** V2 grows: +10% a year from basisjaar 2025; 2 youths in 2026 against 1 in 2025 is on track (>= 1.1). */
    @Test
    void ambulanteAlternatievenGroeienVanafHetBasisjaar() {
        String g = gemeente();
        String p = aanbieder();
        levering(wijsToe(g, p, bsn(), "45E01", "2025-03-01", "2025-12-31"), "2025-03-01", "2025-10-01");
        levering(wijsToe(g, p, bsn(), "44E01", "2026-01-05", "2026-06-30"), "2026-01-05", "2026-02-05");
        levering(wijsToe(g, p, bsn(), "45E01", "2026-02-01", "2026-06-30"), "2026-02-01", "2026-03-01");

        Map<String, JsonNode> c = cellen("jaar=2026&peildatum=2026-11-20&gemeente=" + g);
        aantal(c, "V2", 2);
        assertThat(c.get("V2").get("basisjaar").asInt()).isEqualTo(2025);
        assertThat(c.get("V2").get("basiswaarde").asDouble()).isEqualTo(1.0);
        oordeel(c, "V2", "on track");
        Map<String, JsonNode> ervoor = cellen("jaar=2024&peildatum=2026-11-20&gemeente=" + g);
        aantal(ervoor, "V2", 0);
        oordeel(ervoor, "V2", "no baseline");
    }

    /** Exactly the ids of the contract, each once; with nothing to count: counts 0 and shares with noemer 0. */
    @Test
    void elkeIdVanHetContractEenKeerEnNulIsNul() {
        String g = gemeente();
        Map<String, JsonNode> c = cellen("jaar=2025&peildatum=2026-01-01&gemeente=" + g);

        assertThat(c.keySet()).containsExactlyInAnyOrderElementsOf(CONTRACT_IDS);
        oordeel(c, "V7", "on track"); // absolute target 0, met
        for (String id : CONTRACT_IDS) {
            JsonNode cel = c.get(id);
            assertThat(cel.get("jaar").asInt()).as(id).isEqualTo(2025);
            assertThat(cel.get("gemeente").asText()).as(id).isEqualTo(g);
            assertThat(cel.get("onderdrukt").asBoolean()).as(id).isFalse();
            if (AANTALLEN.contains(id)) {
                aantal(c, id, 0);
            } else if (id.equals("A4")) {
                waarde(c, id, 0.0);
            } else {
                geenNoemer(c, id);
            }
        }
    }

    /** Accept: text/csv gives the same cells as CSV under the contract's header. */
    @Test
    void dezelfdeCellenAlsCsv() throws Exception {
        String g = gemeente();
        String p = aanbieder();
        levering(wijsToe(g, p, bsn(), "44A01", "2025-02-01", "2025-12-31"), "2025-02-01", "2025-02-11");
        levering(wijsToe(g, p, bsn(), "44A01", "2025-02-01", "2025-12-31"), "2025-02-01", "2025-02-04");

        MvcResult r = mvc.perform(get("/api/indicatoren?jaar=2025&peildatum=2026-01-01&gemeente=" + g)
                .header("X-Api-Key", API_SLEUTEL).accept("text/csv")).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        assertThat(r.getResponse().getContentType()).startsWith("text/csv");
        List<String> regels = r.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8)
                .lines().toList();
        assertThat(regels.get(0)).isEqualTo(
                "id,jaar,gemeente,aanbieder,segment,subsegment,waarde,noemer,basisjaar,basiswaarde,streefwaarde,oordeel,onderdrukt");
        assertThat(regels).hasSize(1 + CONTRACT_IDS.size());
        assertThat(regels).anySatisfy(regel -> assertThat(regel).startsWith("V1,2025," + g + ",,,,2,"));
        assertThat(regels).anySatisfy(regel -> assertThat(regel).startsWith("V3,2025," + g + ",,,,13,"));
    }

    /** Bad parameters give 400 problem+json, an unknown id in the explain list 404; never a 500. */
    @Test
    void foutieveParametersGeven400() throws Exception {
        for (String query : List.of("", "jaar=twintig", "jaar=2025&peildatum=2025-13-45", "jaar=2025&peildatum=gisteren")) {
            MvcResult r = mvc.perform(get("/api/indicatoren?" + query).header("X-Api-Key", API_SLEUTEL)).andReturn();
            assertThat(r.getResponse().getStatus()).as(query).isEqualTo(400);
            assertThat(r.getResponse().getContentType()).as(query).startsWith("application/problem+json");
        }
        MvcResult onbekend = mvc.perform(get("/api/indicatoren/V99/uitleg?jaar=2025").header("X-Api-Key", API_SLEUTEL))
                .andReturn();
        assertThat(onbekend.getResponse().getStatus()).isEqualTo(404);
    }
}
