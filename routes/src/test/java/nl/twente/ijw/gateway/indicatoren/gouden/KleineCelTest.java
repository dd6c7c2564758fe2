package nl.twente.ijw.gateway.indicatoren.gouden;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Small-cell suppression with the default min-cell-size 5, in a context and database of its own
 * (so the cells without filter, the region, hold exactly this scenario): a cell with 4 clients
 * behind it is suppressed, one with 5 is shown, and 0 is shown. The explain list is never
 * suppressed (monitor role only).
 */
@SpringBootTest(properties = {"ijw.data-dir=target/test-data/gouden-klein", "ijw.kanalen=false",
        "spring.artemis.embedded.enabled=false", "ijw.trajecten.bezinktijd=PT0S"})
class KleineCelTest extends GoudenBasis {

    static final String VIER = "0141";
    static final String VIJF = "0147";
    static final String LEEG = "0153";
    /** Four clients, five stays: still four clients behind the cells. */
    static final String VIJF_VERBLIJVEN = "0158";
    /** One toewijzing waiting. */
    static final String WACHTEND = "0163";

    @Test
    void vierClientenOnderdruktVijfEnNulZichtbaar() {
        String p = aanbieder();
        for (int i = 0; i < 4; i++) {
            levering(wijsToe(VIER, p, bsn(), "44A01", "2025-02-01", "2025-12-31"), "2025-02-01", "2025-02-11");
        }
        for (int i = 0; i < 5; i++) {
            levering(wijsToe(VIJF, p, bsn(), "44A01", "2025-02-01", "2025-12-31"), "2025-02-01", "2025-02-11");
        }

        String k1 = bsn();
        levering(wijsToe(VIJF_VERBLIJVEN, p, k1, "44A01", "2025-02-01", "2025-12-31"), "2025-02-01", "2025-02-11");
        levering(wijsToe(VIJF_VERBLIJVEN, p, k1, "44A02", "2025-03-01", "2025-12-31"), "2025-03-01", "2025-03-11");
        for (int i = 0; i < 3; i++) {
            levering(wijsToe(VIJF_VERBLIJVEN, p, bsn(), "44A01", "2025-02-01", "2025-12-31"), "2025-02-01", "2025-02-11");
        }
        wijsToe(WACHTEND, p, bsn(), "44A01", "2025-01-06", "2025-12-31");

        String jaar = "jaar=2025&peildatum=2026-01-01";
        Map<String, JsonNode> vier = cellen(jaar + "&gemeente=" + VIER);
        for (String id : new String[] {"V1", "V3", "V6"}) {
            JsonNode cel = cel(vier, id);
            assertThat(cel.get("onderdrukt").asBoolean()).as("%s", cel).isTrue();
            assertThat(cel.get("waarde").isNull()).as("%s", cel).isTrue();
            assertThat(cel.get("noemer").isNull()).as("%s", cel).isTrue();
            assertThat(cel.get("oordeel").isNull()).as("%s", cel).isTrue();
        }
        aantal(vier, "V2", 0); // 0 is shown
        aantal(vier, "A3", 0);

        Map<String, JsonNode> vijf = cellen(jaar + "&gemeente=" + VIJF);
        aantal(vijf, "V1", 5);
        aantal(vijf, "V3", 50);
        aandeel(vijf, "V6", 1.0, 5);

        aantal(cellen(jaar + "&gemeente=" + LEEG), "V1", 0);

        Map<String, JsonNode> vijfVerblijven = cellen(jaar + "&gemeente=" + VIJF_VERBLIJVEN);
        for (String id : new String[] {"V1", "V3", "V6"}) {
            assertThat(cel(vijfVerblijven, id).get("onderdrukt").asBoolean()).as("%s", vijfVerblijven.get(id)).isTrue();
            assertThat(vijfVerblijven.get(id).get("waarde").isNull()).isTrue();
        }

        Map<String, JsonNode> wachtend = cellen("jaar=2025&peildatum=2025-06-30&gemeente=" + WACHTEND);
        assertThat(cel(wachtend, "V7").get("onderdrukt").asBoolean()).as("%s", wachtend.get("V7")).isTrue();
        JsonNode wachtlijst = vraagOp("/api/indicatoren/wachtlijst?peildatum=2025-06-30&gemeente=" + WACHTEND, 200);
        assertThat(wachtlijst).hasSize(1);
        assertThat(wachtlijst.get(0).get("onderdrukt").asBoolean()).as("%s", wachtlijst).isTrue();
        assertThat(wachtlijst.get(0).get("aantal") == null || wachtlijst.get(0).get("aantal").isNull())
                .as("%s", wachtlijst).isTrue();

        Map<String, JsonNode> regio = cellen(jaar);
        aantal(regio, "V1", 4 + 5 + 4);
        aantal(regio, "V3", 40 + 50 + 50);
        assertThat(regio.get("V1").get("gemeente").isNull()).isTrue();
        assertThat(regio.get("V1").get("aanbieder").isNull()).isTrue();

        assertThat(uitleg("V1", jaar + "&gemeente=" + VIER)).hasSize(4);
    }
}
