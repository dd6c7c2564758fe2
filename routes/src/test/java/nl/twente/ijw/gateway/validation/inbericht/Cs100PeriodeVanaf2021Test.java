package nl.twente.ijw.gateway.validation.inbericht;

import static nl.twente.ijw.gateway.validation.inbericht.Declaratie.PERIODE;
import static nl.twente.ijw.gateway.validation.inbericht.Declaratie.PRODUCTPERIODE;
import static org.assertj.core.api.Assertions.assertThat;

import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;

class Cs100PeriodeVanaf2021Test extends InBerichtTestBasis {

    /**
     * A declaration dated 2025-12-15 (so a December 2020 prestatie is within TR335's five years)
     * for the given declaration month and prestatie month.
     */
    private static TestBericht declaratie(String maandBegin, String maandEind, String prestatieBegin, String prestatieEind) {
        return vers(TestBericht.jw323())
                .zet("Header/BerichtIdentificatie/Dagtekening", "2025-12-15")
                .zet("Declaratie/DeclaratieDagtekening", "2025-12-15")
                .zet(PERIODE + "/Begindatum", maandBegin).zet(PERIODE + "/Einddatum", maandEind)
                .zet(PRODUCTPERIODE + "/Begindatum", prestatieBegin).zet(PRODUCTPERIODE + "/Einddatum", prestatieEind);
    }

    @Test
    void eenDeclaratieOverDecember2020WordtAfgekeurd() {
        Verwerking v = ontvang(declaratie("2020-12-01", "2020-12-31", "2020-12-01", "2020-12-31"));

        afgekeurdAlleenDoor(v, "DeclaratieAntwoord", "CS100");
        assertThat(paden(v, "CS100")).containsExactly(
                "/Bericht/Declaratie/DeclaratiePeriode/Begindatum",
                "/Bericht/Declaratie/DeclaratiePeriode/Einddatum",
                "/Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie/ProductPeriode/Begindatum",
                "/Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie/ProductPeriode/Einddatum");
    }

    @Test
    void eenPrestatieVanDecember2020InEenDeclaratieVanJanuari2021WordtAfgekeurd() {
        Verwerking v = ontvang(declaratie("2021-01-01", "2021-01-31", "2020-12-01", "2020-12-31"));

        afgekeurdAlleenDoor(v, "DeclaratieAntwoord", "CS100");
        assertThat(paden(v, "CS100")).containsExactly(
                "/Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie/ProductPeriode/Begindatum",
                "/Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie/ProductPeriode/Einddatum");
    }

    @Test
    void januari2021Mag() {
        zonderBevinding(ontvang(declaratie("2021-01-01", "2021-01-31", "2021-01-01", "2021-01-31")), "CS100");
    }
}
