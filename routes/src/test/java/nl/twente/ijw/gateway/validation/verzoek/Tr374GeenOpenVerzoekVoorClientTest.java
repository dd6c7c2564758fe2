package nl.twente.ijw.gateway.validation.verzoek;

import static org.assertj.core.api.Assertions.assertThat;

import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;

class Tr374GeenOpenVerzoekVoorClientTest extends VerzoekTestBasis {

    @Test
    void eenVotTerwijlEenVotOpenIsKrijgt9374OpElkeRegel() {
        String bsn = TestBericht.uniekeBsn();
        accepteer(vot(bsn, referentie()));

        Verwerking v = ontvang(metTweedeRegel(vot(bsn, referentie()), referentie()));

        assertThat(codes(v, "Header")).containsExactly("0200");
        assertThat(codes(v, "Client")).containsExactly("0200");
        assertThat(codes(v, "Client/AangevraagdeProducten/AangevraagdProduct[1]")).containsExactly("9374");
        assertThat(codes(v, "Client/AangevraagdeProducten/AangevraagdProduct[2]")).containsExactly("9374");
        assertThat(bevindingen(v, "TR374")).extracting(b -> b.pad()).containsExactly(
                "/Bericht/Client/AangevraagdeProducten/AangevraagdProduct",
                "/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[2]");
    }

    @Test
    void eenVowTerwijlEenVotOpenIsKrijgt9374OpHetVerzoek() {
        String bsn = TestBericht.uniekeBsn();
        long nummer = TestBericht.uniekNummer();
        accepteer(toewijzing(bsn, nummer));
        accepteer(vot(bsn, referentie()));

        Verwerking v = ontvang(vow(bsn, referentie(), nummer));

        assertThat(codes(v, "Client")).containsExactly("0200");
        assertThat(codes(v, "Client/Verzoek")).containsExactly("9374");
        assertThat(bevindingen(v, "TR374")).singleElement()
                .satisfies(b -> assertThat(b.pad()).isEqualTo("/Bericht/Client/Verzoek"));
    }

    @Test
    void inOnderzoekHoudtHetVerzoekOpen() {
        String bsn = TestBericht.uniekeBsn();
        String r = referentie();
        accepteer(vot(bsn, r));
        accepteer(antwoord(r, "2"));

        Verwerking v = ontvang(vot(bsn, referentie()));

        assertThat(codes(v, AANGEVRAAGD)).containsExactly("9374");
    }

    @Test
    void eenVotBlijftOpenTotElkeRegelIsBeantwoord() {
        String bsn = TestBericht.uniekeBsn();
        String eerste = referentie();
        String tweede = referentie();
        accepteer(metTweedeRegel(vot(bsn, eerste), tweede));
        accepteer(metReferentie(toewijzing(bsn, TestBericht.uniekNummer()), 1, eerste));

        assertThat(codes(ontvang(vot(bsn, referentie())), AANGEVRAAGD)).containsExactly("9374");

        accepteer(antwoord(tweede, "1"));
        Verwerking v = accepteer(vot(bsn, referentie()));

        assertThat(bevindingen(v, "TR374")).isEmpty();
    }

    @Test
    void naEenAfwijzingMagEenNieuwVerzoek() {
        String bsn = TestBericht.uniekeBsn();
        String r = referentie();
        accepteer(vot(bsn, r));
        accepteer(antwoord(r, "1"));

        Verwerking v = accepteer(vot(bsn, referentie()));

        assertThat(bevindingen(v, "TR374")).isEmpty();
    }

    @Test
    void naEenToewijzingMetDeReferentieMagEenNieuweVow() {
        String bsn = TestBericht.uniekeBsn();
        String r = referentie();
        long nummer = TestBericht.uniekNummer();
        accepteer(vot(bsn, r));
        accepteer(metReferentie(toewijzing(bsn, nummer), 1, r));

        Verwerking v = accepteer(vow(bsn, referentie(), nummer));

        assertThat(bevindingen(v, "TR374")).isEmpty();
    }
}
