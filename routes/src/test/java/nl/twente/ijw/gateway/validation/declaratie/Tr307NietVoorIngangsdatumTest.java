package nl.twente.ijw.gateway.validation.declaratie;

import static org.assertj.core.api.Assertions.assertThat;

import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;

class Tr307NietVoorIngangsdatumTest extends DeclaratieTestBasis {

    @Test
    void eenProductPeriodeDieVoorDeIngangsdatumBegintGeeft9307() {
        Geval g = new Geval();
        accepteer(g.jw301().zet(TOEGEWEZEN + "Ingangsdatum", "2026-03-10"));

        Verwerking v = ontvang(g.jw323().zet(PRESTATIE + "ProductPeriode/Begindatum", "2026-03-09"));

        prestatieGeweigerd(v, "9307", "0 D");
        assertThat(bevindingen(v, "TR307")).singleElement().satisfies(b -> assertThat(b.pad())
                .isEqualTo("/Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie/ProductPeriode/Begindatum"));
        assertThat(bevindingen(v, "TR387")).isEmpty();
    }

    @Test
    void eenProductPeriodeVanafDeIngangsdatumMag() {
        Geval g = new Geval();
        accepteer(g.jw301().zet(TOEGEWEZEN + "Ingangsdatum", "2026-03-10"));

        // 10 to 31 March touches ISO weeks 11 to 14: at most 4 × 3 = 12 hours.
        Verwerking v = accepteer(g.jw323().zet(PRESTATIE + "ProductPeriode/Begindatum", "2026-03-10"));

        geheelToegekend(v, "78000 D");
        assertThat(bevindingen(v, "TR307")).isEmpty();
    }
}
