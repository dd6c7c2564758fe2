package nl.twente.ijw.gateway.validation.verzoek;

import static org.assertj.core.api.Assertions.assertThat;

import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;

class Tr347ReferentieAanbiederNogNietGebruiktTest extends VerzoekTestBasis {

    @Test
    void eenVotRegelMetEenEerderGebruikteReferentieKrijgt9347() {
        String r = referentie();
        accepteer(vot(TestBericht.uniekeBsn(), r));

        Verwerking v = ontvang(metTweedeRegel(vot(TestBericht.uniekeBsn(), referentie()), r));

        assertThat(codes(v, "Header")).containsExactly("0200");
        assertThat(codes(v, "Client")).containsExactly("0200");
        assertThat(codes(v, "Client/AangevraagdeProducten/AangevraagdProduct[1]")).containsExactly("0200");
        assertThat(codes(v, "Client/AangevraagdeProducten/AangevraagdProduct[2]")).containsExactly("9347");
        assertThat(bevindingen(v, "TR347")).singleElement().satisfies(b -> assertThat(b.pad())
                .isEqualTo("/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[2]/ReferentieAanbieder"));
    }

    @Test
    void eenVowMetDeReferentieVanEenVotRegelKrijgt9347OpHetVerzoek() {
        String r = referentie();
        accepteer(vot(TestBericht.uniekeBsn(), r));
        String bsn = TestBericht.uniekeBsn();
        long nummer = TestBericht.uniekNummer();
        accepteer(toewijzing(bsn, nummer));

        Verwerking v = ontvang(vow(bsn, r, nummer));

        assertThat(codes(v, "Header")).containsExactly("0200");
        assertThat(codes(v, "Client")).containsExactly("0200");
        assertThat(codes(v, "Client/Verzoek")).containsExactly("9347");
        assertThat(codes(v, TE_WIJZIGEN)).containsExactly("0233");
        assertThat(bevindingen(v, "TR347")).singleElement()
                .satisfies(b -> assertThat(b.pad()).isEqualTo("/Bericht/Client/Verzoek/ReferentieAanbieder"));
    }

    @Test
    void eenReferentieIsOokBijEenAndereGemeenteAlGebruikt() {
        String r = referentie();
        accepteer(vot(TestBericht.uniekeBsn(), r));

        Verwerking v = ontvang(vot(TestBericht.uniekeBsn(), r).zet("Header/Ontvanger", "0141"));

        assertThat(codes(v, AANGEVRAAGD)).containsExactly("9347");
    }

    @Test
    void dezelfdeReferentieVanEenAndereAanbiederMag() {
        String r = referentie();
        accepteer(vot(TestBericht.uniekeBsn(), r).zet("Header/Afzender", "12345678"));

        Verwerking v = accepteer(vot(TestBericht.uniekeBsn(), r));

        assertThat(bevindingen(v, "TR347")).isEmpty();
    }
}
