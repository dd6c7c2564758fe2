package nl.twente.ijw.gateway.validation.verzoek;

import static org.assertj.core.api.Assertions.assertThat;

import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;

class Tr349VowBevatAlleActueleToewijzingenTest extends VerzoekTestBasis {

    @Test
    void eenToewijzingDieOpDeDagtekeningEindigtOntbreektEnGeeft9349() {
        String bsn = TestBericht.uniekeBsn();
        long eerste = TestBericht.uniekNummer();
        long tweede = TestBericht.uniekNummer();
        accepteer(metTweedeToewijzing(toewijzing(bsn, eerste), tweede).zet(TOEGEWEZEN + "[2]/Einddatum", "2026-03-02"));

        Verwerking v = ontvang(vow(bsn, referentie(), eerste));

        assertThat(codes(v, "Header")).containsExactly("0200");
        assertThat(codes(v, "Client")).containsExactly("0200");
        assertThat(codes(v, "Client/Verzoek")).containsExactly("9349");
        assertThat(codes(v, TE_WIJZIGEN)).containsExactly("0233");
        assertThat(bevindingen(v, "TR349")).singleElement()
                .satisfies(b -> assertThat(b.pad()).isEqualTo("/Bericht/Client/Verzoek"));
    }

    @Test
    void eenToewijzingDieNogMoetIngaanIsOokActueel() {
        String bsn = TestBericht.uniekeBsn();
        long eerste = TestBericht.uniekNummer();
        long tweede = TestBericht.uniekNummer();
        accepteer(metTweedeToewijzing(toewijzing(bsn, eerste), tweede).zet(TOEGEWEZEN + "[2]/Ingangsdatum", "2026-07-01"));

        Verwerking v = ontvang(vow(bsn, referentie(), eerste));

        assertThat(codes(v, "Client/Verzoek")).containsExactly("9349");
    }

    @Test
    void eenToewijzingDieVoorDeDagtekeningEindigdeHoeftNiet() {
        String bsn = TestBericht.uniekeBsn();
        long eerste = TestBericht.uniekNummer();
        long tweede = TestBericht.uniekNummer();
        accepteer(metTweedeToewijzing(toewijzing(bsn, eerste), tweede).zet(TOEGEWEZEN + "[2]/Einddatum", "2026-03-01"));

        Verwerking v = accepteer(vow(bsn, referentie(), eerste));

        assertThat(bevindingen(v, "TR349")).isEmpty();
    }

    @Test
    void eenVerwijderdeToewijzingHoeftNiet() {
        String bsn = TestBericht.uniekeBsn();
        long eerste = TestBericht.uniekNummer();
        long tweede = TestBericht.uniekNummer();
        accepteer(toewijzing(bsn, eerste));
        accepteer(toewijzing(bsn, tweede).zet(TOEGEWEZEN + "/Product/Code", "45A02"));
        accepteer(verwijdering(bsn, tweede).zet(TOEGEWEZEN + "/Product/Code", "45A02"));

        Verwerking v = accepteer(vow(bsn, referentie(), eerste));

        assertThat(bevindingen(v, "TR349")).isEmpty();
    }
}
