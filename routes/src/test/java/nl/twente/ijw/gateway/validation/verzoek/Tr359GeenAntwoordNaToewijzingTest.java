package nl.twente.ijw.gateway.validation.verzoek;

import static org.assertj.core.api.Assertions.assertThat;

import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;

class Tr359GeenAntwoordNaToewijzingTest extends VerzoekTestBasis {

    @Test
    void eenAfwijzingNaDeToewijzingKrijgt9359() {
        String bsn = TestBericht.uniekeBsn();
        String r = referentie();
        accepteer(vot(bsn, r));
        accepteer(metReferentie(toewijzing(bsn, TestBericht.uniekNummer()), 1, r));

        Verwerking v = ontvang(antwoord(r, "1"));

        assertThat(codes(v, "Header")).containsExactly("0200");
        assertThat(codes(v, "Antwoord")).containsExactly("9359");
        assertThat(bevindingen(v, "TR359")).singleElement()
                .satisfies(b -> assertThat(b.pad()).isEqualTo("/Bericht/Antwoord/ReferentieAanbieder"));
    }

    @Test
    void eenAfwijzingZonderToewijzingMag() {
        String bsn = TestBericht.uniekeBsn();
        String r = referentie();
        accepteer(vot(bsn, r));
        accepteer(toewijzing(bsn, TestBericht.uniekNummer()));

        Verwerking v = accepteer(antwoord(r, "1"));

        assertThat(bevindingen(v, "TR359")).isEmpty();
    }
}
