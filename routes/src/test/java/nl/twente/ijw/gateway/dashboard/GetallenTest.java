package nl.twente.ijw.gateway.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class GetallenTest {

    @Test
    void aantallenMetPuntAlsDuizendtalscheiding() {
        assertThat(Getallen.waarde(3, "aantal")).isEqualTo("3");
        assertThat(Getallen.waarde(1234, "aantal")).isEqualTo("1.234");
        assertThat(Getallen.waarde(1234567L, "aantal")).isEqualTo("1.234.567");
        assertThat(Getallen.waarde(0, "aantal")).isEqualTo("0");
    }

    @Test
    void aandelenAlsProcentMetHoogstensEenDecimaal() {
        assertThat(Getallen.waarde(0.875, "aandeel")).isEqualTo("87,5%");
        assertThat(Getallen.waarde(1.0, "aandeel")).isEqualTo("100%");
        assertThat(Getallen.waarde(0.0, "aandeel")).isEqualTo("0%");
        assertThat(Getallen.waarde(0.8333333333333334, "aandeel")).isEqualTo("83,3%");
        assertThat(Getallen.waarde(0.6666666666666666, "aandeel")).isEqualTo("66,7%");
        // half up: 0.0625 is 6,25% exactly
        assertThat(Getallen.waarde(0.0625, "aandeel")).isEqualTo("6,3%");
    }

    @Test
    void eurosMetCentenEnEuroteken() {
        assertThat(Getallen.waarde(1234.56, "euro")).isEqualTo("€ 1.234,56");
        assertThat(Getallen.waarde(new BigDecimal("1234.5"), "euro")).isEqualTo("€ 1.234,50");
        assertThat(Getallen.waarde(7, "euro")).isEqualTo("€ 7,00");
        assertThat(Getallen.waarde(0.125, "euro")).isEqualTo("€ 0,13");
    }

    @Test
    void dagenMetHoogstensEenDecimaal() {
        assertThat(Getallen.waarde(45.0, "dagen")).isEqualTo("45");
        assertThat(Getallen.waarde(45.25, "dagen")).isEqualTo("45,3");
        assertThat(Getallen.waarde(1234.5, "dagen")).isEqualTo("1.234,5");
    }

    @Test
    void geenWaardeEnOnderdrukt() {
        assertThat(Getallen.waarde(null, "aandeel")).isEqualTo("–");
        assertThat(Getallen.onderdrukt(5)).isEqualTo("< 5");
    }

    @Test
    void exacteWaardeZoalsDeApiHemSchrijft() {
        assertThat(Getallen.exact(3)).isEqualTo("3");
        assertThat(Getallen.exact(0.875)).isEqualTo("0.875");
        assertThat(Getallen.exact(new BigDecimal("1234.50"))).isEqualTo("1234.50");
        assertThat(Getallen.exact(null)).isEmpty();
    }
}
