package nl.twente.ijw.gateway.indicatoren;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Targets and verdicts (indicator contract), with the default targets. */
class OordeelTest {

    private final java.util.Map<String, IndicatorProperties.Doel> doelen = IndicatorProperties.standaardDoelen();

    @Test
    void relatiefDoelLooptLineairVanBasisNaarDoeljaar() {
        IndicatorProperties.Doel v1 = doelen.get("V1");
        // 2027 ≤ 70% of 2024: 90% in 2025, 80% in 2026, 70% in 2027 and after.
        assertThat(Oordeel.doelwaarde(v1, 2025, 100L)).isEqualByComparingTo("90");
        assertThat(Oordeel.doelwaarde(v1, 2026, 100L)).isEqualByComparingTo("80");
        assertThat(Oordeel.doelwaarde(v1, 2027, 100L)).isEqualByComparingTo("70");
        assertThat(Oordeel.doelwaarde(v1, 2029, 100L)).isEqualByComparingTo("70");
        assertThat(Oordeel.oordeel(v1, 2025, 90L, 100L)).isEqualTo("on track");
        assertThat(Oordeel.oordeel(v1, 2025, 91L, 100L)).isEqualTo("off track");
        assertThat(Oordeel.oordeel(v1, 2024, 100L, 100L)).isEqualTo("on track");
        assertThat(Oordeel.oordeel(v1, 2023, 1L, 100L)).isEqualTo("no baseline");
        assertThat(Oordeel.oordeel(v1, 2025, 1L, 0L)).isEqualTo("no baseline");
        assertThat(Oordeel.oordeel(v1, 2025, 1L, null)).isEqualTo("no baseline");
    }

    @Test
    void v2MoetStijgenNaar140ProcentVan2025() {
        IndicatorProperties.Doel v2 = doelen.get("V2");
        // 60 in 2025: 84 (140%) in 2028, so 68 (113.3%) in 2026.
        assertThat(Oordeel.doelwaarde(v2, 2028, 60L)).isEqualByComparingTo("84");
        assertThat(Oordeel.oordeel(v2, 2026, 68L, 60L)).isEqualTo("on track");
        assertThat(Oordeel.oordeel(v2, 2026, 67L, 60L)).isEqualTo("off track");
        assertThat(Oordeel.oordeel(v2, 2024, 67L, 60L)).isEqualTo("no baseline");
    }

    @Test
    void absolutDoelEnGeenDoel() {
        assertThat(Oordeel.oordeel(doelen.get("V4"), 2025, 0.9, null)).isEqualTo("on track");
        assertThat(Oordeel.oordeel(doelen.get("V4"), 2025, 0.89, 0.5)).isEqualTo("off track");
        assertThat(Oordeel.oordeel(doelen.get("V5"), 2025, 1.0, null)).isEqualTo("on track");
        assertThat(Oordeel.oordeel(doelen.get("V5"), 2025, 0.99, null)).isEqualTo("off track");
        assertThat(Oordeel.oordeel(doelen.get("V7"), 2025, 0L, null)).isEqualTo("on track");
        assertThat(Oordeel.oordeel(doelen.get("V7"), 2025, 1L, null)).isEqualTo("off track");
        assertThat(Oordeel.oordeel(doelen.get("V6"), 2025, null, null)).isNull();
        assertThat(Oordeel.oordeel(doelen.get("T3"), 2025, 4L, 2L)).isNull();
    }

    @Test
    void samengesteldPad() {
        IndicatorProperties.Doel d = IndicatorProperties.Doel.relatief(2024, 2026, 81, false, "2026 ≤ 81% van 2024");
        d.setPad(IndicatorProperties.Pad.SAMENGESTELD);
        // 90% a year: 90 in 2025, 81 in 2026.
        assertThat(Oordeel.doelwaarde(d, 2025, 100L).setScale(6, java.math.RoundingMode.HALF_UP))
                .isEqualByComparingTo(new BigDecimal("90"));
    }
}
