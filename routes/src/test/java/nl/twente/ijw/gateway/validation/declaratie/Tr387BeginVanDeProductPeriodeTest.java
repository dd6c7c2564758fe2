package nl.twente.ijw.gateway.validation.declaratie;

import static org.assertj.core.api.Assertions.assertThat;

import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;

class Tr387BeginVanDeProductPeriodeTest extends DeclaratieTestBasis {

    @Test
    void eenProductPeriodeDieNietOpDeEersteBegintTerwijlDeToewijzingLooptGeeft9387() {
        Geval g = new Geval();
        accepteer(g.jw301());

        Verwerking v = ontvang(g.jw323().zet(PRESTATIE + "ProductPeriode/Begindatum", "2026-03-02"));

        prestatieGeweigerd(v, "9387", "0 D");
        assertThat(bevindingen(v, "TR387")).singleElement().satisfies(b -> assertThat(b.pad())
                .isEqualTo("/Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie/ProductPeriode/Begindatum"));
    }

    @Test
    void eenToewijzingVanVoorDeMaandGeeftEenPeriodeVanafDeEerste() {
        Geval g = new Geval();
        accepteer(g.jw301().zet(TOEGEWEZEN + "Ingangsdatum", "2026-02-15"));

        Verwerking v = accepteer(g.jw323());

        geheelToegekend(v, "78000 D");
        assertThat(bevindingen(v, "TR387")).isEmpty();
    }
}
