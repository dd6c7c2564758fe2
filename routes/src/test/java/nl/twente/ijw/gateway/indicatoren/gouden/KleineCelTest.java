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

    @Test
    void vierClientenOnderdruktVijfEnNulZichtbaar() {
        String p = aanbieder();
        for (int i = 0; i < 4; i++) {
            levering(wijsToe(VIER, p, bsn(), "44A01", "2025-02-01", "2025-12-31"), "2025-02-01", "2025-02-11");
        }
        for (int i = 0; i < 5; i++) {
            levering(wijsToe(VIJF, p, bsn(), "44A01", "2025-02-01", "2025-12-31"), "2025-02-01", "2025-02-11");
        }

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

        Map<String, JsonNode> regio = cellen(jaar);
        aantal(regio, "V1", 9);
        aantal(regio, "V3", 90);
        assertThat(regio.get("V1").get("gemeente").isNull()).isTrue();
        assertThat(regio.get("V1").get("aanbieder").isNull()).isTrue();

        assertThat(uitleg("V1", jaar + "&gemeente=" + VIER)).hasSize(4);
    }
}
