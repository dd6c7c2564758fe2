package nl.twente.ijw.gateway.validation.declaratie;

import static org.assertj.core.api.Assertions.assertThat;

import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;

class Tr308NietNaEinddatumTest extends DeclaratieTestBasis {

    @Test
    void eenProductPeriodeDieNaDeEinddatumEindigtGeeft9308() {
        Geval g = new Geval();
        accepteer(g.jw301().zet(TOEGEWEZEN + "Einddatum", "2026-03-20"));

        Verwerking v = ontvang(g.jw323());

        prestatieGeweigerd(v, "9308", "0 D");
        assertThat(bevindingen(v, "TR308")).singleElement().satisfies(b -> assertThat(b.pad())
                .isEqualTo("/Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie/ProductPeriode/Einddatum"));
        assertThat(bevindingen(v, "TR388")).isEmpty();
    }

    @Test
    void eenProductPeriodeTotEnMetDeEinddatumMag() {
        Geval g = new Geval();
        accepteer(g.jw301().zet(TOEGEWEZEN + "Einddatum", "2026-03-20"));

        // 1 to 20 March touches ISO weeks 9 to 12: at most 4 × 3 = 12 hours.
        Verwerking v = accepteer(g.jw323().zet(PRESTATIE + "ProductPeriode/Einddatum", "2026-03-20"));

        geheelToegekend(v, "78000 D");
        assertThat(bevindingen(v, "TR308")).isEmpty();
    }
}
