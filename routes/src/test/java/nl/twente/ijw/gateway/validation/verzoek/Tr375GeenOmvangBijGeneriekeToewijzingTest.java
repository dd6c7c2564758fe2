package nl.twente.ijw.gateway.validation.verzoek;

import static org.assertj.core.api.Assertions.assertThat;

import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;

class Tr375GeenOmvangBijGeneriekeToewijzingTest extends VerzoekTestBasis {

    /** A generic toewijzing: no Product, a Budget of 100000, 2026-03-01 to 2026-12-31. */
    private static TestBericht generiek(String bsn, long nummer) {
        return toewijzing(bsn, nummer).verwijder(TOEGEWEZEN + "/Product").verwijder(TOEGEWEZEN + "/Omvang")
                .voegToeNa(TOEGEWEZEN + "/Einddatum", "Budget", 100000);
    }

    @Test
    void eenOmvangVoorEenGeneriekeToewijzingKrijgt9375() {
        String bsn = TestBericht.uniekeBsn();
        long nummer = TestBericht.uniekNummer();
        accepteer(generiek(bsn, nummer));

        Verwerking v = ontvang(vow(bsn, referentie(), nummer));

        assertThat(codes(v, "Header")).containsExactly("0200");
        assertThat(codes(v, "Client")).containsExactly("0200");
        assertThat(codes(v, "Client/Verzoek")).containsExactly("0200");
        assertThat(codes(v, TE_WIJZIGEN)).containsExactly("9375");
        assertThat(bevindingen(v, "TR375")).singleElement().satisfies(b -> assertThat(b.pad())
                .isEqualTo("/Bericht/Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct/Omvang"));
    }

    @Test
    void eenGeneriekeToewijzingMetAlleenEenBudgetMag() {
        String bsn = TestBericht.uniekeBsn();
        long nummer = TestBericht.uniekNummer();
        accepteer(generiek(bsn, nummer));

        Verwerking v = accepteer(vow(bsn, referentie(), nummer)
                .verwijder(TE_WIJZIGEN + "/Omvang")
                .voegToeNa(TE_WIJZIGEN + "/Einddatum", "Budget", 120000));

        assertThat(bevindingen(v, "TR375")).isEmpty();
    }
}
