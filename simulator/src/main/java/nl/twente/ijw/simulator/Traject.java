package nl.twente.ijw.simulator;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The true trajectory of one toewijzing at the reference date, derived from the simulation's
 * own state by the definitions (INDICATORS.md §1, INDICATOR-CONTRACT.md): begins at the first
 * start that counts; ends at the stop of the last start, else at the toewijzing's Einddatum when
 * that lies before the reference date, else it is open and runs to the reference date. Days
 * between a stop and the next start are pause days, not care days.
 *
 * @param perioden delivery periods [begin, end) in order; the last ends at {@code eind} or,
 *                 while open, at the reference date
 */
record Traject(Toewijzing toewijzing, String status, LocalDate begindatum, LocalDate eind,
               boolean eindeDoorToewijzing, List<LocalDate[]> perioden) {

    static Traject van(Toewijzing t, LocalDate peildatum) {
        if (t.verwijderd) {
            return new Traject(t, "CANCELLED", null, null, false, List.of());
        }
        if (t.starts.isEmpty()) {
            return new Traject(t, "ALLOCATED", null, null, false, List.of());
        }
        Map.Entry<LocalDate, Toewijzing.Stop> laatste = t.laatste();
        LocalDate eind;
        boolean doorToewijzing = false;
        if (laatste.getValue() != null) {
            eind = laatste.getValue().einddatum();
        } else if (t.einddatum != null && t.einddatum.isBefore(peildatum)) {
            eind = t.einddatum;
            doorToewijzing = true;
        } else {
            eind = null;
        }
        List<LocalDate[]> perioden = new ArrayList<>();
        for (Map.Entry<LocalDate, Toewijzing.Stop> s : t.starts.entrySet()) {
            LocalDate tot = s.getValue() != null ? s.getValue().einddatum() : (eind != null ? eind : peildatum);
            perioden.add(new LocalDate[] {s.getKey(), tot});
        }
        return new Traject(t, eind == null ? "ACTIVE" : "ENDED", t.starts.firstKey(), eind, doorToewijzing,
                List.copyOf(perioden));
    }

    boolean telt() {
        return !"CANCELLED".equals(status);
    }

    boolean gestart() {
        return begindatum != null;
    }

    /** Days from the (first) Toewijzingsdatum to the first start. */
    long wachtdagen() {
        return ChronoUnit.DAYS.between(toewijzing.eersteToewijzingsdatum, begindatum);
    }

    /** End minus Begindatum, pauses included (only for an ended trajectory). */
    long duurdagen() {
        return ChronoUnit.DAYS.between(begindatum, eind);
    }

    long pauzedagen() {
        long pauze = 0;
        for (int i = 1; i < perioden.size(); i++) {
            pauze += Math.max(0, ChronoUnit.DAYS.between(perioden.get(i - 1)[1], perioden.get(i)[0]));
        }
        return pauze;
    }

    /** Care days (nights) in the calendar year: days of [begin, end) in the year; a same-day period counts 1. */
    long dagenIn(int jaar) {
        LocalDate jan1 = LocalDate.of(jaar, 1, 1);
        LocalDate volgendJaar = jan1.plusYears(1);
        long dagen = 0;
        for (LocalDate[] p : perioden) {
            if (p[0].equals(p[1])) {
                dagen += p[0].getYear() == jaar ? 1 : 0;
                continue;
            }
            LocalDate van = p[0].isAfter(jan1) ? p[0] : jan1;
            LocalDate tot = p[1].isBefore(volgendJaar) ? p[1] : volgendJaar;
            if (tot.isAfter(van)) {
                dagen += ChronoUnit.DAYS.between(van, tot);
            }
        }
        return dagen;
    }
}
