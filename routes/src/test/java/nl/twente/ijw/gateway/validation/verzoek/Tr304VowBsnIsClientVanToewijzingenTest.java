package nl.twente.ijw.gateway.validation.verzoek;

import static org.assertj.core.api.Assertions.assertThat;

import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;

class Tr304VowBsnIsClientVanToewijzingenTest extends VerzoekTestBasis {

    @Test
    void eenVowOpDeToewijzingVanEenAndereClientKrijgt8187OpClient() {
        long nummer = TestBericht.uniekNummer();
        accepteer(toewijzing(TestBericht.uniekeBsn(), nummer));

        Verwerking v = ontvang(vow(TestBericht.uniekeBsn(), referentie(), nummer));

        assertThat(codes(v, "Header")).containsExactly("0200");
        assertThat(codes(v, "Client")).containsExactly("8187");
        assertThat(codes(v, "Client/Verzoek")).containsExactly("0233");
        assertThat(codes(v, TE_WIJZIGEN)).containsExactly("0233");
        assertThat(bevindingen(v, "TR304")).singleElement()
                .satisfies(b -> assertThat(b.pad()).isEqualTo("/Bericht/Client/Bsn"));
    }

    @Test
    void eenOngewijzigdProductVanEenAndereClientKrijgtOok8187() {
        String bsn = TestBericht.uniekeBsn();
        long eigen = TestBericht.uniekNummer();
        long vreemd = TestBericht.uniekNummer();
        accepteer(toewijzing(bsn, eigen));
        accepteer(toewijzing(TestBericht.uniekeBsn(), vreemd).zet(TOEGEWEZEN + "/Product/Code", "45A02"));

        Verwerking v = ontvang(metOngewijzigd(vow(bsn, referentie(), eigen), vreemd));

        assertThat(codes(v, "Client")).containsExactly("8187");
    }

    @Test
    void eenVowOpDeEigenToewijzingMag() {
        String bsn = TestBericht.uniekeBsn();
        long nummer = TestBericht.uniekNummer();
        accepteer(toewijzing(bsn, nummer));

        Verwerking v = accepteer(vow(bsn, referentie(), nummer));

        assertThat(bevindingen(v, "TR304")).isEmpty();
    }
}
