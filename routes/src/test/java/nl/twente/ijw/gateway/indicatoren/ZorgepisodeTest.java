package nl.twente.ijw.gateway.indicatoren;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.twente.ijw.gateway.facts.Zorgepisode;
import nl.twente.ijw.gateway.facts.ZorgepisodeLezer;
import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.mapping.Pseudonimiseerder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Care episodes (INDICATORS §1) from the toewijzing periods; a cancelled toewijzing bridges nothing. */
class ZorgepisodeTest extends IndicatorTestBasis {

    @Autowired
    ZorgepisodeLezer episodes;

    @Autowired
    Pseudonimiseerder pseudonimiseerder;

    @Test
    void periodenMetEenKortGatVormenEenEpisode() {
        String x = nieuweAanbieder();
        String bsn = TestBericht.uniekeBsn();
        // 2024-01-01..2024-03-31 and 2024-06-01..2024-07-01 (gap 61), then 2025-01-01..2026-12-31 (gap 183).
        toewijzing(bsn, x, "45A01", "2024-01-01", "2024-01-01", "2024-03-31");
        toewijzing(bsn, x, "45B01", "2024-06-01", "2024-06-01", "2024-07-01");
        Toewijzing verblijf = toewijzing(bsn, x, "43B01", "2025-01-01", "2025-01-01", "2026-12-31");
        // A toewijzing 2024-07-01..2024-12-31 would bridge the gap, but it is cancelled (RedenWijziging 13).
        Toewijzing brug = toewijzing(bsn, x, "45A01", "2024-07-01", "2024-07-01", "2024-12-31");
        accepteer(TestBericht.jw301().zet("Header/BerichtIdentificatie/Dagtekening", DAGTEKENING)
                .zet("Header/Ontvanger", x).zetOveral("Bsn", bsn)
                .zet(PRODUCT + "/ToewijzingNummer", brug.nummer())
                .zet(PRODUCT + "/Toewijzingsdatum", "2024-07-02").zet(PRODUCT + "/Ingangsdatum", "2024-07-01")
                .zet(PRODUCT + "/Einddatum", "2024-07-01")
                .voegToeNa(PRODUCT + "/Einddatum", "RedenWijziging", "13"));

        List<Zorgepisode> lijst = episodes.vanClient(pseudonimiseerder.pseudoniem(bsn), PEILDATUM, 183);
        assertThat(lijst).hasSize(2);
        assertThat(lijst.get(0).volgnummer()).isEqualTo(1);
        assertThat(lijst.get(0).begin()).isEqualTo(LocalDate.parse("2024-01-01"));
        assertThat(lijst.get(0).eind()).isEqualTo(LocalDate.parse("2024-07-01"));
        assertThat(lijst.get(0).trajecten()).hasSize(2);
        assertThat(lijst.get(0).isHerinstroom()).isFalse();
        assertThat(lijst.get(1).isHerinstroom()).isTrue();
        assertThat(lijst.get(1).begin()).isEqualTo(LocalDate.parse("2025-01-01"));
        assertThat(lijst.get(1).eind()).isEqualTo(LocalDate.parse("2026-12-31"));
        assertThat(lijst.get(1).eerste().toewijzingNummer()).isEqualTo(verblijf.nummer());

        // With a re-entry gap of 184 days the 183-day gap no longer separates them.
        assertThat(episodes.vanClient(pseudonimiseerder.pseudoniem(bsn), PEILDATUM, 184)).hasSize(1);
        // The first toewijzing of the second episode is VERBLIJF: V8 counts it, A2 not.
        List<Cel> cellen = cellen(2025, x);
        assertThat(cel(cellen, "V8").waarde()).isEqualTo(1L);
        assertThat(cel(cellen, "A2").waarde()).isEqualTo(0L);
    }
}
