package nl.twente.ijw.gateway.validation.verzoek;

import static org.assertj.core.api.Assertions.assertThat;

import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;

class Tr365EerderAntwoordIsInOnderzoekTest extends VerzoekTestBasis {

    @Test
    void eenTweedeAfwijzingKrijgt9365() {
        String r = referentie();
        accepteer(vot(TestBericht.uniekeBsn(), r));
        accepteer(antwoord(r, "1"));

        Verwerking v = ontvang(antwoord(r, "1"));

        assertThat(codes(v, "Header")).containsExactly("0200");
        assertThat(codes(v, "Antwoord")).containsExactly("9365");
        assertThat(bevindingen(v, "TR365")).singleElement()
                .satisfies(b -> assertThat(b.pad()).isEqualTo("/Bericht/Antwoord/ReferentieAanbieder"));
    }

    @Test
    void inOnderzoekNaEenAfwijzingKrijgt9360En9365() {
        String r = referentie();
        accepteer(vot(TestBericht.uniekeBsn(), r));
        accepteer(antwoord(r, "1"));

        Verwerking v = ontvang(antwoord(r, "2"));

        assertThat(codes(v, "Antwoord")).containsExactlyInAnyOrder("9360", "9365");
    }

    @Test
    void eenAfwijzingNaInOnderzoekMag() {
        String r = referentie();
        accepteer(vot(TestBericht.uniekeBsn(), r));
        accepteer(antwoord(r, "2"));

        Verwerking v = accepteer(antwoord(r, "1"));

        assertThat(bevindingen(v, "TR365")).isEmpty();
    }
}
