package nl.twente.ijw.gateway.validation.verzoek;

import static org.assertj.core.api.Assertions.assertThat;

import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;

class Tr379ReferentieAanbiederAlleenBijHonoreringTest extends VerzoekTestBasis {

    @Test
    void eenReferentieZonderVerzoekKrijgt9379() {
        Verwerking v = ontvang(metReferentie(toewijzing(TestBericht.uniekeBsn(), TestBericht.uniekNummer()), 1, referentie()));

        assertThat(codes(v, "Header")).containsExactly("0200");
        assertThat(codes(v, "Client")).containsExactly("0200");
        assertThat(codes(v, TOEGEWEZEN)).containsExactly("9379");
        assertThat(bevindingen(v, "TR379")).singleElement().satisfies(b -> assertThat(b.pad())
                .isEqualTo("/Bericht/Client/ToegewezenProducten/ToegewezenProduct/ReferentieAanbieder"));
    }

    @Test
    void deEersteToewijzingNaEenVotRegelMagDeReferentieDragen() {
        String bsn = TestBericht.uniekeBsn();
        String r = referentie();
        accepteer(vot(bsn, r));

        Verwerking v = accepteer(metReferentie(toewijzing(bsn, TestBericht.uniekNummer()), 1, r));

        assertThat(bevindingen(v, "TR379")).isEmpty();
    }

    @Test
    void eenTweedeToewijzingMetDezelfdeReferentieKrijgt9379() {
        String bsn = TestBericht.uniekeBsn();
        String r = referentie();
        long nummer = TestBericht.uniekNummer();
        accepteer(vot(bsn, r));
        accepteer(metReferentie(toewijzing(bsn, nummer), 1, r));

        Verwerking v = ontvang(metReferentie(toewijzing(bsn, nummer)
                .zet(TOEGEWEZEN + "/Toewijzingsdatum", "2026-03-02"), 1, r));

        assertThat(codes(v, TOEGEWEZEN)).containsExactly("9379");
    }

    @Test
    void eenToewijzingNaEenAfwijzingKrijgt9379() {
        String bsn = TestBericht.uniekeBsn();
        String r = referentie();
        accepteer(vot(bsn, r));
        accepteer(antwoord(r, "1"));

        Verwerking v = ontvang(metReferentie(toewijzing(bsn, TestBericht.uniekNummer()), 1, r));

        assertThat(codes(v, TOEGEWEZEN)).containsExactly("9379");
    }

    @Test
    void eenToewijzingVoorEenAndereClientKrijgt9379() {
        String r = referentie();
        accepteer(vot(TestBericht.uniekeBsn(), r));

        Verwerking v = ontvang(metReferentie(toewijzing(TestBericht.uniekeBsn(), TestBericht.uniekNummer()), 1, r));

        assertThat(codes(v, TOEGEWEZEN)).containsExactly("9379");
    }

    @Test
    void naInOnderzoekMagDeToewijzingDeReferentieDragen() {
        String bsn = TestBericht.uniekeBsn();
        String r = referentie();
        accepteer(vot(bsn, r));
        accepteer(antwoord(r, "2"));

        Verwerking v = accepteer(metReferentie(toewijzing(bsn, TestBericht.uniekNummer()), 1, r));

        assertThat(bevindingen(v, "TR379")).isEmpty();
    }

    @Test
    void eenGehonoreerdeVowDraagtDeReferentieOpElkProduct() {
        String bsn = TestBericht.uniekeBsn();
        String r = referentie();
        long eerste = TestBericht.uniekNummer();
        long tweede = TestBericht.uniekNummer();
        accepteer(metTweedeToewijzing(toewijzing(bsn, eerste), tweede));
        accepteer(metOngewijzigd(vow(bsn, r, eerste), tweede));

        // The changed toewijzing as a new version (reden 12) and the unchanged one re-sent as it was.
        TestBericht honorering = metTweedeToewijzing(toewijzing(bsn, eerste), tweede)
                .zet(TOEGEWEZEN + "[1]/Toewijzingsdatum", "2026-03-02")
                .zet(TOEGEWEZEN + "[1]/Einddatum", "2027-06-30")
                .voegToeNa(TOEGEWEZEN + "[1]/Einddatum", "RedenWijziging", "12");
        Verwerking v = accepteer(metReferentie(metReferentie(honorering, 1, r), 2, r));

        assertThat(bevindingen(v, "TR379")).isEmpty();
    }
}
