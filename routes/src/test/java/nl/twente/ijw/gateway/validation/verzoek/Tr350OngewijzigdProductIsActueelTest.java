package nl.twente.ijw.gateway.validation.verzoek;

import static org.assertj.core.api.Assertions.assertThat;

import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;

class Tr350OngewijzigdProductIsActueelTest extends VerzoekTestBasis {

    @Test
    void eenOngewijzigdProductDatVoorDeDagtekeningEindigdeKrijgt9350() {
        String bsn = TestBericht.uniekeBsn();
        long eerste = TestBericht.uniekNummer();
        long tweede = TestBericht.uniekNummer();
        accepteer(metTweedeToewijzing(toewijzing(bsn, eerste), tweede).zet(TOEGEWEZEN + "[2]/Einddatum", "2026-03-01"));

        Verwerking v = ontvang(metOngewijzigd(vow(bsn, referentie(), eerste), tweede));

        assertThat(codes(v, "Header")).containsExactly("0200");
        assertThat(codes(v, "Client")).containsExactly("0200");
        assertThat(codes(v, "Client/Verzoek")).containsExactly("0200");
        assertThat(codes(v, ONGEWIJZIGD)).containsExactly("9350");
        assertThat(codes(v, TE_WIJZIGEN)).containsExactly("0200");
        assertThat(bevindingen(v, "TR350")).singleElement().satisfies(b -> assertThat(b.pad())
                .isEqualTo("/Bericht/Client/Verzoek/OngewijzigdeProducten/OngewijzigdProduct/ToewijzingNummer"));
    }

    @Test
    void eenOnbekendToewijzingNummerKrijgt9350() {
        String bsn = TestBericht.uniekeBsn();
        long nummer = TestBericht.uniekNummer();
        accepteer(toewijzing(bsn, nummer));

        Verwerking v = ontvang(metOngewijzigd(vow(bsn, referentie(), nummer), TestBericht.uniekNummer()));

        assertThat(codes(v, ONGEWIJZIGD)).containsExactly("9350");
    }

    @Test
    void eenOngewijzigdProductDatOpDeDagtekeningEindigtMag() {
        String bsn = TestBericht.uniekeBsn();
        long eerste = TestBericht.uniekNummer();
        long tweede = TestBericht.uniekNummer();
        accepteer(metTweedeToewijzing(toewijzing(bsn, eerste), tweede).zet(TOEGEWEZEN + "[2]/Einddatum", "2026-03-02"));

        Verwerking v = accepteer(metOngewijzigd(vow(bsn, referentie(), eerste), tweede));

        assertThat(bevindingen(v, "TR350")).isEmpty();
    }
}
