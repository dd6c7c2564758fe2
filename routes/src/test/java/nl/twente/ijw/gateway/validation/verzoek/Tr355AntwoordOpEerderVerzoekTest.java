package nl.twente.ijw.gateway.validation.verzoek;

import static org.assertj.core.api.Assertions.assertThat;

import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;

class Tr355AntwoordOpEerderVerzoekTest extends VerzoekTestBasis {

    @Test
    void eenAntwoordZonderVerzoekKrijgt9355() {
        Verwerking v = ontvang(antwoord(referentie(), "1"));

        assertThat(codes(v, "Header")).containsExactly("0200");
        assertThat(codes(v, "Antwoord")).containsExactly("9355");
        assertThat(bevindingen(v, "TR355")).singleElement()
                .satisfies(b -> assertThat(b.pad()).isEqualTo("/Bericht/Antwoord/ReferentieAanbieder"));
    }

    @Test
    void eenAntwoordOpEenVerzoekAanEenAndereGemeenteKrijgt9355() {
        String r = referentie();
        accepteer(vot(TestBericht.uniekeBsn(), r).zet("Header/Ontvanger", "0141"));

        Verwerking v = ontvang(antwoord(r, "1"));

        assertThat(codes(v, "Antwoord")).containsExactly("9355");
    }

    @Test
    void eenAntwoordOpEenVotRegelMag() {
        String r = referentie();
        accepteer(vot(TestBericht.uniekeBsn(), r));

        Verwerking v = accepteer(antwoord(r, "1"));

        assertThat(bevindingen(v, "TR355")).isEmpty();
    }

    @Test
    void eenAntwoordOpEenVowMag() {
        String bsn = TestBericht.uniekeBsn();
        long nummer = TestBericht.uniekNummer();
        String r = referentie();
        accepteer(toewijzing(bsn, nummer));
        accepteer(vow(bsn, r, nummer));

        Verwerking v = accepteer(antwoord(r, "2"));

        assertThat(bevindingen(v, "TR355")).isEmpty();
    }
}
