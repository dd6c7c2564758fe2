package nl.twente.ijw.gateway.validation.levering;

import static org.assertj.core.api.Assertions.assertThat;

import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;

class Tr332ToewijzingNummerUniekTest extends LeveringTestBasis {

    /** A later version of the same toewijzing: a decision of 2026-03-02 11:00. */
    private static TestBericht nieuweVersie(Toewijzing t) {
        return jw301(t).zet(PRODUCT + "/Toewijzingsdatum", "2026-03-02").zet(PRODUCT + "/Toewijzingstijd", "11:00:00");
    }

    @Test
    void hetNummerVoorEenAndereClientGeeft9332() {
        Toewijzing t = toewijzing();

        Verwerking v = ontvang(nieuweVersie(t).zetOveral("Bsn", TestBericht.uniekeBsn()));

        assertThat(codes(v, "Header")).containsExactly("0200");
        assertThat(codes(v, "Client")).containsExactly("0200");
        assertThat(codes(v, PRODUCT)).containsExactly("9332");
        assertThat(bevindingen(v, "TR332")).singleElement().satisfies(b -> {
            assertThat(b.pad()).isEqualTo("/Bericht/Client/ToegewezenProducten/ToegewezenProduct/ToewijzingNummer");
            assertThat(b.uitleg()).doesNotContain(t.bsn());
        });
    }

    @Test
    void hetNummerVoorEenAndereAanbiederGeeft9332() {
        Toewijzing t = toewijzing();

        Verwerking v = ontvang(nieuweVersie(t).zet("Header/Ontvanger", "12345678"));

        assertThat(codes(v, PRODUCT)).containsExactly("9332");
    }

    @Test
    void eenAndereIngangsdatumGeeft9332() {
        Toewijzing t = toewijzing();

        Verwerking v = ontvang(nieuweVersie(t).zet(PRODUCT + "/Ingangsdatum", "2026-03-02"));

        assertThat(codes(v, PRODUCT)).containsExactly("9332");
    }

    @Test
    void eenAnderProductGeeft9332() {
        // From specific (45/45A01 with Omvang) to aspecific (category 45 only, no Omvang: CD080).
        Toewijzing t = toewijzing();

        Verwerking v = ontvang(nieuweVersie(t).verwijder(PRODUCT + "/Product/Code").verwijder(PRODUCT + "/Omvang"));

        assertThat(codes(v, PRODUCT)).containsExactly("9332");
    }

    @Test
    void alleenHetHergebruikteNummerKrijgtDeCode() {
        // Two toewijzingen of 45A01 in successive periods, no overlap (TR302).
        Toewijzing vanAnder = new Toewijzing(TestBericht.uniekeBsn(), TestBericht.uniekNummer());
        accepteer(jw301(vanAnder).zet(PRODUCT + "/Einddatum", "2026-06-30"));
        Toewijzing eigen = new Toewijzing(TestBericht.uniekeBsn(), TestBericht.uniekNummer());
        accepteer(jw301(eigen).zet(PRODUCT + "/Ingangsdatum", "2026-07-01"));

        Verwerking v = ontvang(jw301(eigen).zet(PRODUCT + "/Ingangsdatum", "2026-07-01").kopieer(PRODUCT)
                .zet(PRODUCT + "[2]/ToewijzingNummer", vanAnder.nummer())
                .zet(PRODUCT + "[2]/Ingangsdatum", "2026-03-01").zet(PRODUCT + "[2]/Einddatum", "2026-06-30"));

        assertThat(codes(v, "Header")).containsExactly("0200");
        assertThat(codes(v, "Client")).containsExactly("0200");
        assertThat(codes(v, PRODUCT + "[1]")).containsExactly("0200");
        assertThat(codes(v, PRODUCT + "[2]")).containsExactly("9332");
    }

    @Test
    void eenLatereVersieVanDezelfdeToewijzingIsNormaal() {
        // Intrekking: Einddatum earlier, RedenWijziging 05; Product and Ingangsdatum unchanged.
        Toewijzing t = toewijzing();

        Verwerking v = accepteer(nieuweVersie(t).zet(PRODUCT + "/Einddatum", "2026-09-30")
                .voegToeNa(PRODUCT + "/Einddatum", "RedenWijziging", "05"));

        assertThat(bevindingen(v, "TR332")).isEmpty();
    }

    @Test
    void hetzelfdeNummerBijEenAndereGemeenteIsEenAndereToewijzing() {
        Toewijzing t = toewijzing();

        Verwerking v = accepteer(jw301(new Toewijzing(TestBericht.uniekeBsn(), t.nummer())).zet("Header/Afzender", "0164"));

        assertThat(bevindingen(v, "TR332")).isEmpty();
    }
}
