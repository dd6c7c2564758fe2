package nl.twente.ijw.gateway.validation.declaratie;

import static org.assertj.core.api.Assertions.assertThat;

import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;

class Tr333DeclaratieNummerUniekTest extends DeclaratieTestBasis {

    @Test
    void eenDeclaratieNummerVoorDeTweedeKeerWeigertDeHeleDeclaratieMet9333() {
        Geval g = new Geval();
        accepteer(g.jw301());
        TestBericht eerste = g.jw323();
        accepteer(eerste);
        TestBericht tweede = g.jw323April().zet("Declaratie/DeclaratieNummer", eerste.tekst("Declaratie/DeclaratieNummer"));

        Verwerking v = ontvang(tweede);

        assertThat(codes(v, "Header")).containsExactly("0200");
        assertThat(codes(v, "DeclaratieAntwoord")).containsExactly("9333");
        assertThat(toegekend(v)).isEqualTo("0 D");
        assertThat(bevat(v, "DeclaratieAntwoord/Clienten")).isFalse();
        assertThat(bevindingen(v, "TR333")).singleElement()
                .satisfies(b -> assertThat(b.pad()).isEqualTo("/Bericht/Declaratie/DeclaratieNummer"));
        // Refused as a whole: its prestatie never entered the state.
        assertThat(vastgelegd(g.aanbieder, tweede.tekst(PRESTATIE + "ProductReferentie/ReferentieNummer"))).isFalse();
    }

    @Test
    void hetzelfdeNummerVanEenAndereAanbiederMag() {
        Geval g = new Geval();
        accepteer(g.jw301());
        TestBericht eerste = g.jw323();
        accepteer(eerste);
        Geval ander = new Geval();
        accepteer(ander.jw301());

        Verwerking v = accepteer(ander.jw323().zet("Declaratie/DeclaratieNummer", eerste.tekst("Declaratie/DeclaratieNummer")));

        geheelToegekend(v, "78000 D");
        assertThat(bevindingen(v, "TR333")).isEmpty();
    }

    @Test
    void hetNummerVanEenGeheelGeweigerdeDeclaratieIsNogVrij() {
        Geval g = new Geval();
        accepteer(g.jw301());
        accepteer(g.jw323April());
        String nummer = "D" + TestBericht.uniekNummer();
        // March after April: refused as a whole (8214), so it counts as never sent.
        assertThat(codes(ontvang(g.jw323().zet("Declaratie/DeclaratieNummer", nummer)), "DeclaratieAntwoord"))
                .containsExactly("8214");

        Verwerking v = accepteer(g.jw323April().zet("Declaratie/DeclaratieNummer", nummer)
                .zet(PRESTATIE + "ProductPeriode/Begindatum", "2026-03-01")
                .zet(PRESTATIE + "ProductPeriode/Einddatum", "2026-03-31"));

        geheelToegekend(v, "78000 D");
        assertThat(bevindingen(v, "TR333")).isEmpty();
    }
}
