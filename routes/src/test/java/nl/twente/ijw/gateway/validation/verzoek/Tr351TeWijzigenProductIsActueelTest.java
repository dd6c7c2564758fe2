package nl.twente.ijw.gateway.validation.verzoek;

import static org.assertj.core.api.Assertions.assertThat;

import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;

class Tr351TeWijzigenProductIsActueelTest extends VerzoekTestBasis {

    @Test
    void eenVerwijderdeToewijzingWijzigenGeeft9351() {
        String bsn = TestBericht.uniekeBsn();
        long nummer = TestBericht.uniekNummer();
        accepteer(toewijzing(bsn, nummer));
        accepteer(verwijdering(bsn, nummer));

        Verwerking v = ontvang(vow(bsn, referentie(), nummer));

        assertThat(codes(v, "Header")).containsExactly("0200");
        assertThat(codes(v, "Client")).containsExactly("0200");
        assertThat(codes(v, "Client/Verzoek")).containsExactly("0200");
        assertThat(codes(v, TE_WIJZIGEN)).containsExactly("9351");
        assertThat(bevindingen(v, "TR351")).singleElement().satisfies(b -> assertThat(b.pad())
                .isEqualTo("/Bericht/Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct/ToewijzingNummer"));
    }

    @Test
    void eenToewijzingAanEenAndereAanbiederGeeft9351EnGeen8187() {
        String bsn = TestBericht.uniekeBsn();
        long nummer = TestBericht.uniekNummer();
        accepteer(toewijzing(bsn, nummer).zet("Header/Ontvanger", "12345678"));

        Verwerking v = ontvang(vow(bsn, referentie(), nummer));

        assertThat(codes(v, "Client")).containsExactly("0200");
        assertThat(codes(v, TE_WIJZIGEN)).containsExactly("9351");
    }

    @Test
    void eenToewijzingDieNogMoetIngaanMagWordenGewijzigd() {
        String bsn = TestBericht.uniekeBsn();
        long nummer = TestBericht.uniekNummer();
        accepteer(toewijzing(bsn, nummer).zet(TOEGEWEZEN + "/Ingangsdatum", "2026-05-01"));

        Verwerking v = accepteer(vow(bsn, referentie(), nummer).zet(TE_WIJZIGEN + "/GewensteIngangsdatum", "2026-05-01"));

        assertThat(bevindingen(v, "TR351")).isEmpty();
    }
}
