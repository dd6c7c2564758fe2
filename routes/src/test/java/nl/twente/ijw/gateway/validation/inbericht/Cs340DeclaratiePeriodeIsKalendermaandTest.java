package nl.twente.ijw.gateway.validation.inbericht;

import static nl.twente.ijw.gateway.validation.inbericht.Declaratie.PERIODE;
import static nl.twente.ijw.gateway.validation.inbericht.Declaratie.PRODUCTPERIODE;
import static org.assertj.core.api.Assertions.assertThat;

import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Cs340DeclaratiePeriodeIsKalendermaandTest extends InBerichtTestBasis {

    /** Declaration period and the prestatie's period set alike, so the prestatie stays inside it. */
    private static TestBericht periode(String begin, String eind) {
        return vers(TestBericht.jw323()).zet(PERIODE + "/Begindatum", begin).zet(PERIODE + "/Einddatum", eind)
                .zet(PRODUCTPERIODE + "/Begindatum", begin).zet(PRODUCTPERIODE + "/Einddatum", eind);
    }

    @ParameterizedTest
    @CsvSource({
            "2026-03-01, 2026-03-30",
            "2026-03-02, 2026-03-31",
            "2026-02-28, 2026-03-31"})
    void eenPeriodeDieGeenHeleMaandIsWordtAfgekeurd(String begin, String eind) {
        // The last case also spans two months for the prestatie: CS337 speaks as well.
        Verwerking v = ontvang(periode(begin, eind));

        assertThat(codes(v, "Header")).containsExactly("0001");
        assertThat(bevat(v, "DeclaratieAntwoord")).isFalse();
        assertThat(paden(v, "CS340")).containsExactly("/Bericht/Declaratie/DeclaratiePeriode");
    }

    @ParameterizedTest
    @CsvSource({
            "2026-03-01, 2026-03-31",
            "2026-02-01, 2026-02-28",
            "2024-02-01, 2024-02-29"})
    void eenHeleKalendermaandMag(String begin, String eind) {
        zonderBevinding(ontvang(periode(begin, eind)), "CS340");
    }

    @ParameterizedTest
    @CsvSource({"2026-03-01, 2026-03-30", "2026-03-02, 2026-03-31"})
    void alleenDezeRegelBijEenBijnaHeleMaand(String begin, String eind) {
        afgekeurdAlleenDoor(ontvang(periode(begin, eind)), "DeclaratieAntwoord", "CS340");
    }
}
