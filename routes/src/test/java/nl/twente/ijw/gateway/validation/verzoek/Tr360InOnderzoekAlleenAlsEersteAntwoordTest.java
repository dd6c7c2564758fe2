package nl.twente.ijw.gateway.validation.verzoek;

import static org.assertj.core.api.Assertions.assertThat;

import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;

class Tr360InOnderzoekAlleenAlsEersteAntwoordTest extends VerzoekTestBasis {

    @Test
    void eenTweedeInOnderzoekKrijgt9360() {
        String r = referentie();
        accepteer(vot(TestBericht.uniekeBsn(), r));
        accepteer(antwoord(r, "2"));

        Verwerking v = ontvang(antwoord(r, "2"));

        assertThat(codes(v, "Header")).containsExactly("0200");
        assertThat(codes(v, "Antwoord")).containsExactly("9360");
        assertThat(bevindingen(v, "TR360")).singleElement()
                .satisfies(b -> assertThat(b.pad()).isEqualTo("/Bericht/Antwoord/VerzoekAntwoord"));
    }

    @Test
    void inOnderzoekAlsEersteAntwoordMag() {
        String r = referentie();
        accepteer(vot(TestBericht.uniekeBsn(), r));

        Verwerking v = accepteer(antwoord(r, "2"));

        assertThat(bevindingen(v, "TR360")).isEmpty();
    }
}
