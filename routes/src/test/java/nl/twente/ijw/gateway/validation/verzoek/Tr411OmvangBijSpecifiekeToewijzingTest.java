package nl.twente.ijw.gateway.validation.verzoek;

import static org.assertj.core.api.Assertions.assertThat;

import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;

class Tr411OmvangBijSpecifiekeToewijzingTest extends VerzoekTestBasis {

    @Test
    void eenTeWijzigenProductZonderOmvangVoorEenProductcodeKrijgt9411() {
        String bsn = TestBericht.uniekeBsn();
        long nummer = TestBericht.uniekNummer();
        accepteer(toewijzing(bsn, nummer));

        Verwerking v = ontvang(vow(bsn, referentie(), nummer).verwijder(TE_WIJZIGEN + "/Omvang"));

        assertThat(codes(v, "Header")).containsExactly("0200");
        assertThat(codes(v, "Client")).containsExactly("0200");
        assertThat(codes(v, "Client/Verzoek")).containsExactly("0200");
        assertThat(codes(v, TE_WIJZIGEN)).containsExactly("9411");
        assertThat(bevindingen(v, "TR411")).singleElement().satisfies(b -> assertThat(b.pad())
                .isEqualTo("/Bericht/Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct"));
    }

    @Test
    void eenTeWijzigenProductMetOmvangMag() {
        String bsn = TestBericht.uniekeBsn();
        long nummer = TestBericht.uniekNummer();
        accepteer(toewijzing(bsn, nummer));

        Verwerking v = accepteer(vow(bsn, referentie(), nummer));

        assertThat(bevindingen(v, "TR411")).isEmpty();
    }
}
