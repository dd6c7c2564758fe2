package nl.twente.ijw.gateway.indicatoren;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.twente.ijw.gateway.fixtures.TestBericht;
import org.junit.jupiter.api.Test;

/** T1 (requests), T2 (referrers) and T3 (crises) with hand-computed values. */
class ToegangIndicatorTest extends IndicatorTestBasis {

    static final String AANGEVRAAGD = "Client/AangevraagdeProducten/AangevraagdProduct";

    /** A JW315 line for 45A01 from 2025-03-09, dated 2025-03-01, referrer type 02 (huisarts). */
    void verzoek(String bsn, String aanbieder, String referentie) {
        accepteer(TestBericht.jw315().zet("Header/BerichtIdentificatie/Dagtekening", "2025-03-01")
                .zet("Header/Afzender", aanbieder).zetOveral("Bsn", bsn)
                .zet(AANGEVRAAGD + "/ReferentieAanbieder", referentie)
                .zet(AANGEVRAAGD + "/ToewijzingIngangsdatum", "2025-03-09")
                .zet(AANGEVRAAGD + "/ToewijzingEinddatum", "2025-12-31"));
    }

    @Test
    void verzoekenToegewezenAfgewezenEnOpen() {
        String aanbieder = nieuweAanbieder();
        String toegewezen = TestBericht.uniekeBsn();
        String afgewezen = TestBericht.uniekeBsn();
        String open = TestBericht.uniekeBsn();
        String r1 = "R" + TestBericht.uniekNummer();
        String r2 = "R" + TestBericht.uniekNummer();
        verzoek(toegewezen, aanbieder, r1);
        verzoek(afgewezen, aanbieder, r2);
        verzoek(open, aanbieder, "R" + TestBericht.uniekNummer());
        // Granted on 2025-03-11 (10 days) by a JW301 carrying R1; refused on 2025-03-21 (20 days).
        long nummer = TestBericht.uniekNummer();
        accepteer(TestBericht.jw301().zet("Header/BerichtIdentificatie/Dagtekening", DAGTEKENING)
                .zet("Header/Ontvanger", aanbieder).zetOveral("Bsn", toegewezen)
                .zet(PRODUCT + "/ToewijzingNummer", nummer)
                .voegToeNa(PRODUCT + "/ToewijzingNummer", "ReferentieAanbieder", r1)
                .zet(PRODUCT + "/Toewijzingsdatum", "2025-03-11").zet(PRODUCT + "/Ingangsdatum", "2025-03-11")
                .zet(PRODUCT + "/Einddatum", "2025-12-31"));
        accepteer(TestBericht.jw319().zet("Header/BerichtIdentificatie/Dagtekening", "2025-03-21")
                .zet("Header/Ontvanger", aanbieder).zet("Antwoord/ReferentieAanbieder", r2));
        start(new Toewijzing(toegewezen, nummer, aanbieder, "45", "45A01", "2025-03-11"), "2025-03-20");
        // A toewijzing that honours no request (referrer: the gemeente), started 2025-04-01.
        Toewijzing zonderVerzoek = toewijzing(TestBericht.uniekeBsn(), aanbieder, "45A01", "2025-03-15", "2025-03-15", "2025-12-31");
        start(zonderVerzoek, "2025-04-01");
        // A crisis bed from 2025-05-01.
        Toewijzing crisis = toewijzing(TestBericht.uniekeBsn(), aanbieder, "46A01", "2025-05-01", "2025-05-01", "2025-05-31");
        start(crisis, "2025-05-01");

        List<Cel> cellen = cellen(2025, aanbieder);
        assertThat(cel(cellen, "T1.verzoeken").waarde()).isEqualTo(3L);
        assertThat(cel(cellen, "T1.toegewezen").waarde()).isEqualTo(1.0 / 3);
        assertThat(cel(cellen, "T1.toegewezen").noemer()).isEqualTo(3L);
        assertThat(cel(cellen, "T1.afgewezen").waarde()).isEqualTo(1.0 / 3);
        assertThat(cel(cellen, "T1.dagen-mediaan").waarde()).isEqualTo(15.0);
        assertThat(cel(cellen, "T1.dagen-mediaan").noemer()).isEqualTo(2L);
        assertThat(cel(cellen, "T1.verzoeken").streefwaarde()).isNull();
        assertThat(cel(cellen, "T2.02").waarde()).isEqualTo(1L);
        // The toewijzing without request and the crisis bed: the gemeente referred (01).
        assertThat(cel(cellen, "T2.01").waarde()).isEqualTo(2L);
        assertThat(cel(cellen, "T2.onbekend").waarde()).isEqualTo(0L);
        assertThat(cel(cellen, "T2.03").waarde()).isEqualTo(0L);
        assertThat(cel(cellen, "T3").waarde()).isEqualTo(1L);
        assertThat(cel(cellen(2024, aanbieder), "T1.verzoeken").waarde()).isEqualTo(0L);
    }
}
