package nl.twente.ijw.gateway.validation.declaratie;

import static org.assertj.core.api.Assertions.assertThat;

import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;

class Tr318DeclaratiePeriodeNietTerugTest extends DeclaratieTestBasis {

    @Test
    void eenDeclaratieOverMaartNaEenOverAprilGeeft8214OpDeclaratieAntwoord() {
        Geval g = new Geval();
        accepteer(g.jw301());
        accepteer(g.jw323April());

        Verwerking v = ontvang(g.jw323());

        assertThat(codes(v, "Header")).containsExactly("0200");
        assertThat(codes(v, "DeclaratieAntwoord")).containsExactly("8214");
        assertThat(toegekend(v)).isEqualTo("0 D");
        assertThat(bevat(v, "DeclaratieAntwoord/Clienten")).isFalse();
        assertThat(bevindingen(v, "TR318")).singleElement()
                .satisfies(b -> assertThat(b.pad()).isEqualTo("/Bericht/Declaratie/DeclaratiePeriode/Begindatum"));
    }

    @Test
    void eenTweedeDeclaratieOverDeLaatsteMaandMetZorgUitEenEerdereMaandMag() {
        Geval g = new Geval();
        accepteer(g.jw301());
        accepteer(g.jw323April());

        // OP284: the last month again; IV090: a March prestatie may come late.
        Verwerking v = accepteer(g.jw323April()
                .zet(PRESTATIE + "ProductPeriode/Begindatum", "2026-03-01")
                .zet(PRESTATIE + "ProductPeriode/Einddatum", "2026-03-31"));

        geheelToegekend(v, "78000 D");
        assertThat(bevindingen(v, "TR318")).isEmpty();
    }

    @Test
    void eenOvergeslagenMaandMag() {
        Geval g = new Geval();
        accepteer(g.jw301());
        accepteer(g.jw323());

        // No April: the gemeente cannot see whether care was delivered then (interp.).
        Verwerking v = accepteer(maand(g.jw323(), "2026-05-01", "2026-05-31", "2026-06-02"));

        geheelToegekend(v, "78000 D");
        assertThat(bevindingen(v, "TR318")).isEmpty();
    }
}
