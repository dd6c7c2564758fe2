package nl.twente.ijw.gateway.validation.inbericht;

import static nl.twente.ijw.gateway.validation.inbericht.Declaratie.PRODUCTPERIODE;
import static org.assertj.core.api.Assertions.assertThat;

import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Cs337ProductPeriodeBinnenEenMaandTest extends InBerichtTestBasis {

    private static TestBericht productperiode(String begin, String eind) {
        return vers(TestBericht.jw323()).zet(PRODUCTPERIODE + "/Begindatum", begin).zet(PRODUCTPERIODE + "/Einddatum", eind);
    }

    @ParameterizedTest
    @CsvSource({
            "2026-02-15, 2026-03-10",
            "2025-03-01, 2026-03-31"})
    void eenProductPeriodeOverTweeMaandenWordtAfgekeurd(String begin, String eind) {
        Verwerking v = ontvang(productperiode(begin, eind));

        afgekeurdAlleenDoor(v, "DeclaratieAntwoord", "CS337");
        assertThat(paden(v, "CS337"))
                .containsExactly("/Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie/ProductPeriode/Einddatum");
    }

    @ParameterizedTest
    @CsvSource({
            "2026-03-05, 2026-03-20",
            "2026-03-01, 2026-03-31",
            "2026-02-28, 2026-02-28"})
    void eenProductPeriodeBinnenEenMaandMag(String begin, String eind) {
        zonderBevinding(ontvang(productperiode(begin, eind)), "CS337");
    }
}
