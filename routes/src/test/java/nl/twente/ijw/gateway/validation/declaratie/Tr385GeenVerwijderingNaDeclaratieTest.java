package nl.twente.ijw.gateway.validation.declaratie;

import static org.assertj.core.api.Assertions.assertThat;

import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;

class Tr385GeenVerwijderingNaDeclaratieTest extends DeclaratieTestBasis {

    @Test
    void eenToewijzingMetEenToegekendePrestatieVerwijderenGeeft9385() {
        Geval g = new Geval();
        accepteer(g.jw301());
        accepteer(g.jw323());

        Verwerking v = ontvang(Tr384GeenVerwijderdeToewijzingTest.verwijdering(g));

        assertThat(codes(v, "Header")).containsExactly("0200");
        assertThat(codes(v, "Client")).containsExactly("0200");
        assertThat(codes(v, "Client/ToegewezenProducten/ToegewezenProduct")).containsExactly("9385");
        assertThat(bevindingen(v, "TR385")).singleElement().satisfies(b -> assertThat(b.pad())
                .isEqualTo("/Bericht/Client/ToegewezenProducten/ToegewezenProduct/RedenWijziging"));
    }

    @Test
    void naCrediterenMagDeToewijzingWordenVerwijderd() {
        Geval g = new Geval();
        accepteer(g.jw301());
        TestBericht debet = g.jw323();
        accepteer(debet);
        accepteer(credit(g.jw323(), debet.tekst(PRESTATIE + "ProductReferentie/ReferentieNummer")));

        Verwerking v = accepteer(Tr384GeenVerwijderdeToewijzingTest.verwijdering(g));

        assertThat(bevindingen(v, "TR385")).isEmpty();
    }

    @Test
    void eenToewijzingZonderPrestatiesMagWordenVerwijderd() {
        Geval g = new Geval();
        accepteer(g.jw301());

        Verwerking v = accepteer(Tr384GeenVerwijderdeToewijzingTest.verwijdering(g));

        assertThat(bevindingen(v, "TR385")).isEmpty();
    }
}
