package nl.twente.ijw.gateway.indicatoren;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The configuration as docs/indicatoren.md describes it: one setting changes one choice, the rest keep their default. */
class IndicatorPropertiesTest {

    private static IndicatorProperties bind(Map<String, String> instellingen) {
        return new Binder(new MapConfigurationPropertySource(instellingen))
                .bindOrCreate("ijw.indicatoren", IndicatorProperties.class);
    }

    @Test
    void standaardwaarden() {
        IndicatorProperties p = bind(Map.of());
        assertThat(p.getMinCellSize()).isEqualTo(5);
        assertThat(p.getReentryGap()).isEqualTo(183);
        assertThat(p.getTransferWindow()).isEqualTo(14);
        assertThat(p.getUitstroomWindow()).isEqualTo(30);
        assertThat(p.getDoorverwijsWindow()).isEqualTo(30);
        assertThat(p.getEtmaaltelling()).isEqualTo(IndicatorProperties.Etmaaltelling.NACHTEN);
        assertThat(p.getNormen()).containsExactlyInAnyOrderEntriesOf(
                Map.of("SCREENING", 28, "DYSLEXIE", 42, "BEHANDELING", 98, "BEGELEIDING", 14, "VERBLIJF", 42));
        assertThat(p.getDoelen().get("V1").getPercentage()).isEqualByComparingTo("70");
        assertThat(p.getDoelen()).doesNotContainKey("T3");
    }

    @Test
    void eenInstellingVeranderAlleenZichzelf() {
        IndicatorProperties p = bind(Map.of(
                "ijw.indicatoren.min-cell-size", "10",
                "ijw.indicatoren.etmaaltelling", "KALENDERDAGEN",
                "ijw.indicatoren.normen.VERBLIJF", "30",
                "ijw.indicatoren.doelen.[A1.begeleiding.gemiddeld].soort", "RELATIEF",
                "ijw.indicatoren.doelen.[A1.begeleiding.gemiddeld].basisjaar", "2025",
                "ijw.indicatoren.doelen.[A1.begeleiding.gemiddeld].doeljaar", "2029",
                "ijw.indicatoren.doelen.[A1.begeleiding.gemiddeld].percentage", "75",
                "ijw.indicatoren.doelen.[A1.begeleiding.gemiddeld].tekst", "2029 ≤ 75% van 2025"));
        assertThat(p.getMinCellSize()).isEqualTo(10);
        assertThat(p.getEtmaaltelling()).isEqualTo(IndicatorProperties.Etmaaltelling.KALENDERDAGEN);
        assertThat(p.getNormen()).containsEntry("VERBLIJF", 30).containsEntry("SCREENING", 28);
        IndicatorProperties.Doel a1 = p.getDoelen().get("A1.begeleiding.gemiddeld");
        assertThat(a1.getPercentage()).isEqualTo(new BigDecimal("75"));
        assertThat(a1.getDoeljaar()).isEqualTo(2029);
        assertThat(a1.isMinimum()).isFalse();
        assertThat(p.getDoelen().get("V1").getPercentage()).isEqualByComparingTo("70");
        assertThat(p.getDoelen().get("A1.begeleiding.mediaan").getPercentage()).isEqualByComparingTo("80");
    }

    @Test
    void eenDeelVanEenDoelVervangtHetHeleDoel() {
        IndicatorProperties p = bind(Map.of("ijw.indicatoren.doelen.V1.percentage", "60"));
        assertThat(p.getDoelen().get("V1").getPercentage()).isEqualByComparingTo("60");
        assertThat(p.getDoelen().get("V1").getSoort()).isEqualTo(IndicatorProperties.Soort.GEEN);
        assertThat(p.getDoelen().get("V3").getSoort()).isEqualTo(IndicatorProperties.Soort.RELATIEF);
    }
}
