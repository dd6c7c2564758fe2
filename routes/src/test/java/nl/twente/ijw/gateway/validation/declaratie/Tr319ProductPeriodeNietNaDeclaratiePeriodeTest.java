package nl.twente.ijw.gateway.validation.declaratie;

import static org.assertj.core.api.Assertions.assertThat;

import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;

class Tr319ProductPeriodeNietNaDeclaratiePeriodeTest extends DeclaratieTestBasis {

    @Test
    void zorgVanAprilInDeDeclaratieOverMaartGeeft9319() {
        Geval g = new Geval();
        accepteer(g.jw301());

        Verwerking v = ontvang(g.jw323April()
                .zet("Declaratie/DeclaratiePeriode/Begindatum", "2026-03-01")
                .zet("Declaratie/DeclaratiePeriode/Einddatum", "2026-03-31"));

        prestatieGeweigerd(v, "9319", "0 D");
        assertThat(bevindingen(v, "TR319")).singleElement().satisfies(b -> assertThat(b.pad())
                .isEqualTo("/Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie/ProductPeriode/Einddatum"));
    }

    @Test
    void zorgVanMaartInDeDeclaratieOverAprilMag() {
        Geval g = new Geval();
        accepteer(g.jw301());

        Verwerking v = accepteer(g.jw323April()
                .zet(PRESTATIE + "ProductPeriode/Begindatum", "2026-03-01")
                .zet(PRESTATIE + "ProductPeriode/Einddatum", "2026-03-31"));

        geheelToegekend(v, "78000 D");
        assertThat(bevindingen(v, "TR319")).isEmpty();
    }
}
