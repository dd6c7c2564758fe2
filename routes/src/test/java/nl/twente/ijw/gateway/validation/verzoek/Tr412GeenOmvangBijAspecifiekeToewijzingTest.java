package nl.twente.ijw.gateway.validation.verzoek;

import static org.assertj.core.api.Assertions.assertThat;

import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;

class Tr412GeenOmvangBijAspecifiekeToewijzingTest extends VerzoekTestBasis {

    @Test
    void eenOmvangVoorEenToewijzingMetAlleenEenCategorieKrijgt9412() {
        String bsn = TestBericht.uniekeBsn();
        long nummer = TestBericht.uniekNummer();
        accepteer(aspecifiek(toewijzing(bsn, nummer), 100000));

        Verwerking v = ontvang(vow(bsn, referentie(), nummer));

        assertThat(codes(v, "Header")).containsExactly("0200");
        assertThat(codes(v, "Client")).containsExactly("0200");
        assertThat(codes(v, "Client/Verzoek")).containsExactly("0200");
        assertThat(codes(v, TE_WIJZIGEN)).containsExactly("9412");
        assertThat(bevindingen(v, "TR412")).singleElement().satisfies(b -> assertThat(b.pad())
                .isEqualTo("/Bericht/Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct/Omvang"));
    }

    @Test
    void zonderOmvangMag() {
        String bsn = TestBericht.uniekeBsn();
        long nummer = TestBericht.uniekNummer();
        accepteer(aspecifiek(toewijzing(bsn, nummer), 100000));

        Verwerking v = accepteer(vow(bsn, referentie(), nummer)
                .verwijder(TE_WIJZIGEN + "/Omvang")
                .voegToeNa(TE_WIJZIGEN + "/Einddatum", "Budget", 100000));

        assertThat(bevindingen(v, "TR412")).isEmpty();
    }
}
