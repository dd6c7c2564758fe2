package nl.twente.ijw.gateway.validation.declaratie;

import static org.assertj.core.api.Assertions.assertThat;

import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;

class Tr388EindVanDeProductPeriodeTest extends DeclaratieTestBasis {

    @Test
    void eenProductPeriodeDieVoorHetEindeVanDeMaandStoptTerwijlDeToewijzingLooptGeeft9388() {
        Geval g = new Geval();
        accepteer(g.jw301());

        Verwerking v = ontvang(g.jw323().zet(PRESTATIE + "ProductPeriode/Einddatum", "2026-03-30"));

        prestatieGeweigerd(v, "9388", "0 D");
        assertThat(bevindingen(v, "TR388")).singleElement().satisfies(b -> assertThat(b.pad())
                .isEqualTo("/Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie/ProductPeriode/Einddatum"));
    }

    @Test
    void eenToewijzingDieOpDeLaatsteDagVanDeMaandEindigtGeeftDeHeleMaand() {
        Geval g = new Geval();
        accepteer(g.jw301().zet(TOEGEWEZEN + "Einddatum", "2026-03-31"));

        Verwerking v = accepteer(g.jw323());

        geheelToegekend(v, "78000 D");
        assertThat(bevindingen(v, "TR388")).isEmpty();
    }
}
