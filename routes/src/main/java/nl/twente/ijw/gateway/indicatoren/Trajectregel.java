package nl.twente.ijw.gateway.indicatoren;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import nl.twente.ijw.gateway.facts.Traject;

/**
 * A trajectory with what the indicators derive from it once: its end (JW307 Einddatum, or the
 * toewijzing Einddatum when that ended it; null while open), its pauses (stop with reden 20
 * followed by a new start: [stop Einddatum, next Begindatum)), its catalogue tariff (euro cents,
 * null when the catalogue has none) and its referrer type (COD327 from the facts, null when unknown).
 */
record Trajectregel(Traject t, LocalDate eind, List<Pauze> pauzes, Long tarief, String verwijzerType) {

    /** Days [van, tot) between a pause stop's Einddatum and the next start. */
    record Pauze(LocalDate van, LocalDate tot) {
    }

    String client() {
        return t.client();
    }

    String segment() {
        return t.segment();
    }

    String sleutel() {
        return t.gemeente() + "/" + t.toewijzingNummer();
    }

    boolean isGestart() {
        return t.begindatum() != null;
    }

    boolean gestartIn(int jaar) {
        return t.begindatum() != null && t.begindatum().getYear() == jaar;
    }

    boolean geeindigdIn(int jaar) {
        return eind != null && eind.getYear() == jaar;
    }

    /** The days in care in calendar year {@code jaar} (INDICATORS §1, contract "Days in care"). */
    long dagenIn(int jaar, LocalDate peildatum, IndicatorProperties.Etmaaltelling telling) {
        LocalDate s = t.begindatum();
        if (s == null) {
            return 0;
        }
        LocalDate jaarBegin = LocalDate.of(jaar, 1, 1);
        LocalDate jaarEind = jaarBegin.plusYears(1);
        LocalDate e = eind != null ? eind : peildatum;
        if (telling == IndicatorProperties.Etmaaltelling.KALENDERDAGEN) {
            long dagen = overlap(s, e.plusDays(1), jaarBegin, jaarEind);
            for (Pauze p : pauzes) {
                dagen -= overlap(p.van().plusDays(1), p.tot(), jaarBegin, jaarEind);
            }
            return Math.max(dagen, 0);
        }
        if (eind != null && e.equals(s)) {
            return s.getYear() == jaar ? 1 : 0;
        }
        long dagen = overlap(s, e, jaarBegin, jaarEind);
        for (Pauze p : pauzes) {
            dagen -= overlap(max(p.van(), s), min(p.tot(), e), jaarBegin, jaarEind);
        }
        return Math.max(dagen, 0);
    }

    /**
     * The same as {@link #dagenIn(int, LocalDate, IndicatorProperties.Etmaaltelling)} for the year
     * [jaarBegin, jaarEind) in epoch days: in whole days, no dates made, as it runs for every
     * trajectory of every year.
     */
    long dagenIn(long jaarBegin, long jaarEind, LocalDate peildatum, IndicatorProperties.Etmaaltelling telling) {
        LocalDate begin = t.begindatum();
        if (begin == null) {
            return 0;
        }
        long s = begin.toEpochDay();
        long e = (eind != null ? eind : peildatum).toEpochDay();
        if (telling == IndicatorProperties.Etmaaltelling.KALENDERDAGEN) {
            long dagen = overlap(s, e + 1, jaarBegin, jaarEind);
            for (Pauze p : pauzes) {
                dagen -= overlap(p.van().toEpochDay() + 1, p.tot().toEpochDay(), jaarBegin, jaarEind);
            }
            return Math.max(dagen, 0);
        }
        if (eind != null && e == s) {
            return s >= jaarBegin && s < jaarEind ? 1 : 0;
        }
        long dagen = overlap(s, e, jaarBegin, jaarEind);
        for (Pauze p : pauzes) {
            dagen -= overlap(Math.max(p.van().toEpochDay(), s), Math.min(p.tot().toEpochDay(), e), jaarBegin, jaarEind);
        }
        return Math.max(dagen, 0);
    }

    /** Number of days of [a, b) inside [c, d), in epoch days. */
    private static long overlap(long a, long b, long c, long d) {
        long van = Math.max(a, c);
        long tot = Math.min(b, d);
        return tot > van ? tot - van : 0;
    }

    /** Number of days of [a, b) inside [c, d). */
    static long overlap(LocalDate a, LocalDate b, LocalDate c, LocalDate d) {
        LocalDate van = max(a, c);
        LocalDate tot = min(b, d);
        return tot.isAfter(van) ? ChronoUnit.DAYS.between(van, tot) : 0;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
