package nl.twente.ijw.gateway.validation.declaratie;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import nl.twente.ijw.gateway.stand.ToewijzingStand.Toewijzing;
import org.junit.jupiter.api.Test;

/** The volume arithmetic of TR321/TR322 against the worked examples of IV076, IV077 and IV078. */
class OmvangrekeningTest {

    private static Toewijzing toewijzing(String van, String tot, int volume, String eenheid, String frequentie) {
        return new Toewijzing(1, "0153", "87654321", "p", 1, null, "45", "45A01", LocalDate.parse(van), LocalTime.NOON,
                LocalDate.parse(van), tot == null ? null : LocalDate.parse(tot), null, volume, eenheid, frequentie, null);
    }

    private static long max(Toewijzing t, String van, String tot) {
        return Omvangrekening.maximumInPeriode(t, LocalDate.parse(van), LocalDate.parse(tot)).orElseThrow();
    }

    @Test
    void perWeekInspanningsgerichtTeltKalenderweken() {
        // IV077: 3 hours per week, 07-10-2025 to 30-12-2025.
        Toewijzing t = toewijzing("2025-10-07", "2025-12-30", 3, "04", "2");

        assertThat(max(t, "2025-10-01", "2025-10-31")).isEqualTo(12);   // weeks 41-44
        assertThat(max(t, "2025-11-01", "2025-11-30")).isEqualTo(15);   // weeks 44-48
        assertThat(max(t, "2025-12-01", "2025-12-31")).isEqualTo(15);   // weeks 49-52 and 1 (29-30 Dec)
        assertThat(Omvangrekening.maximumOverLooptijd(t)).hasValue(39); // 13 weeks
    }

    @Test
    void perWeekOutputgerichtTeltZondagenPlusDeLaatsteGebrokenWeek() {
        // IV077 example 2: 300 euro (30000 cent) per week, 07-07-2025 to Friday 05-09-2025.
        Toewijzing t = toewijzing("2025-07-07", "2025-09-05", 30000, "83", "2");

        assertThat(max(t, "2025-07-01", "2025-07-31")).isEqualTo(90000);  // Sundays 13, 20, 27
        assertThat(max(t, "2025-08-01", "2025-08-31")).isEqualTo(180000); // 5 Sundays + the week after 31 Aug
        assertThat(max(t, "2025-09-01", "2025-09-30")).isEqualTo(0);
        assertThat(Omvangrekening.maximumOverLooptijd(t)).hasValue(270000);
    }

    @Test
    void perWeekOutputgerichtDatOpZondagEindigtKrijgtGeenExtraWeek() {
        // IV076 example 1: 07-07-2025 to Sunday 07-09-2025.
        Toewijzing t = toewijzing("2025-07-07", "2025-09-07", 30000, "83", "2");

        assertThat(max(t, "2025-07-01", "2025-07-31")).isEqualTo(90000);
        assertThat(max(t, "2025-08-01", "2025-08-31")).isEqualTo(150000);
        assertThat(max(t, "2025-09-01", "2025-09-30")).isEqualTo(30000);
    }

    @Test
    void perWeekOutputgerichtZonderZondagKrijgtEenWeek() {
        // (interp.) Monday to Friday: no Sunday at all, one week in the period of the Einddatum.
        Toewijzing t = toewijzing("2026-03-02", "2026-03-06", 1, "82", "2");

        assertThat(max(t, "2026-03-01", "2026-03-31")).isEqualTo(1);
        assertThat(Omvangrekening.maximumOverLooptijd(t)).hasValue(1);
    }

    @Test
    void perDagTeltDeDagenBinnenDeToewijzing() {
        Toewijzing t = toewijzing("2026-03-10", "2026-04-10", 2, "04", "1");

        assertThat(max(t, "2026-03-01", "2026-03-31")).isEqualTo(44);   // 22 days
        assertThat(max(t, "2026-04-01", "2026-04-30")).isEqualTo(20);   // 10 days
        assertThat(Omvangrekening.maximumOverLooptijd(t)).hasValue(64); // 32 days
    }

    @Test
    void perMaandMagEenGebrokenMaandVol() {
        // IV078 example 2: 15 hours per month, 14-10-2025 to 13-12-2025.
        Toewijzing t = toewijzing("2025-10-14", "2025-12-13", 15, "04", "4");

        assertThat(max(t, "2025-10-14", "2025-10-31")).isEqualTo(15);
        assertThat(max(t, "2025-12-01", "2025-12-13")).isEqualTo(15);
        assertThat(Omvangrekening.maximumOverLooptijd(t)).hasValue(45);
    }

    @Test
    void eenTotaalGeldtPerPeriodeEnOverDeLooptijdOokZonderEinddatum() {
        Toewijzing t = toewijzing("2026-03-01", null, 40, "04", "6");

        assertThat(max(t, "2026-03-01", "2026-03-31")).isEqualTo(40);
        assertThat(Omvangrekening.maximumOverLooptijd(t)).hasValue(40);
    }

    @Test
    void zonderEinddatumOfZonderOmvangIsErGeenTotaal() {
        assertThat(Omvangrekening.maximumOverLooptijd(toewijzing("2026-03-01", null, 3, "04", "4"))).isEmpty();
        Toewijzing aspecifiek = new Toewijzing(1, "0153", "87654321", "p", 1, null, "45", null, LocalDate.parse("2026-03-01"),
                LocalTime.NOON, LocalDate.parse("2026-03-01"), LocalDate.parse("2026-12-31"), null, null, null, null, 100000L);
        assertThat(Omvangrekening.maximumInPeriode(aspecifiek, LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-31"))).isEmpty();
    }

    @Test
    void urenMogenInMinutenEnVerderAlleenDezelfdeEenheid() {
        assertThat(Omvangrekening.factor("04", "04")).hasValue(1);
        assertThat(Omvangrekening.factor("04", "01")).hasValue(60);
        assertThat(Omvangrekening.factor("01", "04")).isEmpty();
        assertThat(Omvangrekening.factor("14", "16")).isEmpty();
    }
}
