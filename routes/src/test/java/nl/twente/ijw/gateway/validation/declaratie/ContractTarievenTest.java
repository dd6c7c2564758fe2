package nl.twente.ijw.gateway.validation.declaratie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContractTarievenTest {

    private static final String KOP = "gemeente;aanbieder;productcode;eenheid;tarief;ingangsdatum;einddatum\n";

    private static ContractTarieven tarieven(String regels) throws IOException {
        return new ContractTarieven(ContractTarieven.lees(new StringReader(KOP + regels), "test"));
    }

    @Test
    void hetVoorbeeldIsLeesbaarEnKentDeTestaanbieder() throws IOException {
        try (var in = new InputStreamReader(getClass().getResourceAsStream("/contract/tarieven-voorbeeld.csv"), StandardCharsets.UTF_8)) {
            ContractTarieven t = new ContractTarieven(ContractTarieven.lees(in, "voorbeeld"));

            assertThat(t.tarief("0153", "87654321", "45A03", LocalDate.parse("2026-03-01")))
                    .hasValueSatisfying(x -> assertThat(x.tarief()).isEqualTo(6500));
            assertThat(t.tarief("0153", "87654321", "45A03", LocalDate.parse("2027-01-01")))
                    .hasValueSatisfying(x -> assertThat(x.tarief()).isEqualTo(6700));
            assertThat(t.tarief("0153", "12345678", "45A03", LocalDate.parse("2026-03-01"))).isEmpty();
        }
    }

    @Test
    void eenRegelMetGemeenteEnAanbiederGaatVoorEenSterregel() throws IOException {
        ContractTarieven t = tarieven("""
                *;*;45A01;04;6000;;
                0153;*;45A01;04;6200;;
                0153;87654321;45A01;04;6500;;
                """);

        assertThat(t.tarief("0153", "87654321", "45A01", LocalDate.parse("2026-03-01")).orElseThrow().tarief()).isEqualTo(6500);
        assertThat(t.tarief("0153", "11111111", "45A01", LocalDate.parse("2026-03-01")).orElseThrow().tarief()).isEqualTo(6200);
        assertThat(t.tarief("0141", "11111111", "45A01", LocalDate.parse("2026-03-01")).orElseThrow().tarief()).isEqualTo(6000);
    }

    @Test
    void eenTariefGeldtAlleenInZijnPeriode() throws IOException {
        ContractTarieven t = tarieven("0153;87654321;45A01;04;6500;2026-01-01;2026-06-30\n");

        assertThat(t.tarief("0153", "87654321", "45A01", LocalDate.parse("2026-06-30"))).isPresent();
        assertThat(t.tarief("0153", "87654321", "45A01", LocalDate.parse("2026-07-01"))).isEmpty();
        assertThat(t.tarief("0153", "87654321", "45A01", LocalDate.parse("2025-12-31"))).isEmpty();
    }

    @Test
    void overlappendeTarievenEnFouteRegelsWordenGeweigerd() {
        assertThatThrownBy(() -> tarieven("0153;87654321;45A01;04;6500;2026-01-01;\n0153;87654321;45A01;04;6700;2026-06-01;\n"))
                .hasMessageContaining("regel 3").hasMessageContaining("overlapt");
        assertThatThrownBy(() -> tarieven("0153;87654321;45A01;83;6500;;\n")).hasMessageContaining("eenheid 83");
        assertThatThrownBy(() -> tarieven("0153;87654321;45A01;04;zes;;\n")).hasMessageContaining("onleesbaar");
        assertThatThrownBy(() -> ContractTarieven.lees(new StringReader("a;b\n"), "test")).hasMessageContaining("kop");
    }

    @Test
    void eenUurtariefPerMinuutWordtRekenkundigAfgerond() {
        var uur = new ContractTarieven.Tarief("0153", "87654321", "45A01", "04", 6500, null, null);
        var anderUur = new ContractTarieven.Tarief("0153", "87654321", "45A01", "04", 6530, null, null);

        assertThat(Tr418ContractTarief.verwacht(uur, "04")).isEqualTo(6500);
        assertThat(Tr418ContractTarief.verwacht(uur, "01")).isEqualTo(108);      // 108.33
        assertThat(Tr418ContractTarief.verwacht(anderUur, "01")).isEqualTo(109); // 108.83
        assertThat(Tr418ContractTarief.verwacht(uur, "14")).isNull();
        assertThat(new ContractTarieven(List.of()).tarief("0153", "87654321", "45A01", LocalDate.parse("2026-03-01"))).isEmpty();
    }
}
