package nl.twente.ijw.gateway.validation.verzoek;

import static org.assertj.core.api.Assertions.assertThat;

import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;

class Tr357GewensteIngangsdatumInVerledenIsIngangsdatumTest extends VerzoekTestBasis {

    @Test
    void eenWijzigingVanafDeDagtekeningDieNietOpDeIngangsdatumBegintKrijgt9357() {
        String bsn = TestBericht.uniekeBsn();
        long nummer = TestBericht.uniekNummer();
        accepteer(toewijzing(bsn, nummer));

        // Dagtekening 2026-03-02, Ingangsdatum 2026-03-01.
        Verwerking v = ontvang(vow(bsn, referentie(), nummer).zet(TE_WIJZIGEN + "/GewensteIngangsdatum", "2026-03-02"));

        assertThat(codes(v, "Header")).containsExactly("0200");
        assertThat(codes(v, "Client")).containsExactly("0200");
        assertThat(codes(v, "Client/Verzoek")).containsExactly("0200");
        assertThat(codes(v, TE_WIJZIGEN)).containsExactly("9357");
        assertThat(bevindingen(v, "TR357")).singleElement().satisfies(b -> assertThat(b.pad())
                .isEqualTo("/Bericht/Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct/GewensteIngangsdatum"));
    }

    @Test
    void eenWijzigingVanafDeDagNaDeDagtekeningMag() {
        String bsn = TestBericht.uniekeBsn();
        long nummer = TestBericht.uniekNummer();
        accepteer(toewijzing(bsn, nummer));

        Verwerking v = accepteer(vow(bsn, referentie(), nummer).zet(TE_WIJZIGEN + "/GewensteIngangsdatum", "2026-03-03"));

        assertThat(bevindingen(v, "TR357")).isEmpty();
    }
}
