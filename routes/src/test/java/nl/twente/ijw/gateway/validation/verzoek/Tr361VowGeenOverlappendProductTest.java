package nl.twente.ijw.gateway.validation.verzoek;

import static org.assertj.core.api.Assertions.assertThat;

import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;

class Tr361VowGeenOverlappendProductTest extends VerzoekTestBasis {

    @Test
    void eenNieuwProductDatEenTeWijzigenToewijzingOverlaptGeeft9361OpBeide() {
        String bsn = TestBericht.uniekeBsn();
        long nummer = TestBericht.uniekNummer();
        accepteer(toewijzing(bsn, nummer));

        // The change runs from the Ingangsdatum 2026-03-01 to 2027-06-30; the new 45A01 from 2026-06-01.
        Verwerking v = ontvang(metNieuwProduct(vow(bsn, referentie(), nummer), "45", "45A01", "2026-06-01", "2026-12-31"));

        assertThat(codes(v, "Header")).containsExactly("0200");
        assertThat(codes(v, "Client")).containsExactly("0200");
        assertThat(codes(v, "Client/Verzoek")).containsExactly("0200");
        assertThat(codes(v, TE_WIJZIGEN)).containsExactly("9361");
        assertThat(codes(v, NIEUW)).containsExactly("9361");
        assertThat(bevindingen(v, "TR361")).extracting(b -> b.pad()).containsExactly(
                "/Bericht/Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct",
                "/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct");
    }

    @Test
    void eenOngewijzigdeToewijzingEnEenNieuwProductZonderCodeInDezelfdeCategorieOverlappen() {
        String bsn = TestBericht.uniekeBsn();
        long eerste = TestBericht.uniekNummer();
        long tweede = TestBericht.uniekNummer();
        accepteer(metTweedeToewijzing(toewijzing(bsn, eerste), tweede));

        // (interp.) Without a code the comparison is on category: 45 overlaps 45A02 (2026-03-01 to 2026-12-31).
        Verwerking v = ontvang(metNieuwProduct(metOngewijzigd(vow(bsn, referentie(), eerste), tweede),
                "45", null, "2026-12-01", "2027-01-31"));

        assertThat(codes(v, ONGEWIJZIGD)).containsExactly("9361");
        assertThat(codes(v, NIEUW)).containsExactly("9361");
        assertThat(codes(v, TE_WIJZIGEN)).containsExactly("9361");
    }

    @Test
    void eenNieuwProductZonderProductOverlaptElkProduct() {
        String bsn = TestBericht.uniekeBsn();
        long nummer = TestBericht.uniekNummer();
        accepteer(toewijzing(bsn, nummer).zet(TOEGEWEZEN + "/Product/Code", "45B01"));

        Verwerking v = ontvang(metNieuwProduct(vow(bsn, referentie(), nummer), null, null, "2027-06-30", "2027-12-31"));

        assertThat(codes(v, TE_WIJZIGEN)).containsExactly("9361");
        assertThat(codes(v, NIEUW)).containsExactly("9361");
    }

    @Test
    void eenNieuwProductDatDeDagNaDeGewensteEinddatumBegintMag() {
        String bsn = TestBericht.uniekeBsn();
        long nummer = TestBericht.uniekNummer();
        accepteer(toewijzing(bsn, nummer));

        Verwerking v = accepteer(metNieuwProduct(vow(bsn, referentie(), nummer), "45", "45A01", "2027-07-01", "2027-12-31"));

        assertThat(bevindingen(v, "TR361")).isEmpty();
    }

    @Test
    void eenAnderProductMagInDezelfdePeriode() {
        String bsn = TestBericht.uniekeBsn();
        long nummer = TestBericht.uniekNummer();
        accepteer(toewijzing(bsn, nummer));

        Verwerking v = accepteer(metNieuwProduct(vow(bsn, referentie(), nummer), "45", "45A02", "2026-06-01", "2026-12-31"));

        assertThat(bevindingen(v, "TR361")).isEmpty();
    }
}
