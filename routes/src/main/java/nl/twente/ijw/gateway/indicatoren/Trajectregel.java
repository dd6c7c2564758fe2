package nl.twente.ijw.gateway.indicatoren;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import nl.twente.ijw.gateway.facts.Traject;

/**
 * A trajectory with what the indicators derive from it once: its end (JW307 Einddatum, or the
 * toewijzing Einddatum when that ended it; null while open), its pauses (stop with reden 20
 * followed by a new start: [stop Einddatum, next Begindatum)), its catalogue tariff (euro cents,
 * null when the catalogue has none), its referrer type (COD327 from the facts, null when unknown)
 * and its toewijzing's declared amounts in euro cents per ProductPeriode year (null when none).
 */
record Trajectregel(Traject t, LocalDate eind, List<Pauze> pauzes, Long tarief, String verwijzerType,
                    Map<Integer, Long> gedeclareerd, long beginDag, long eindDag, long wachtDag, int clientNr) {

    /** {@link #beginDag} or {@link #eindDag} when there is no such date. */
    static final long GEEN = Long.MIN_VALUE;

    /**
     * Begindatum and end also as epoch days ({@link #GEEN} when absent): days in care count in them
     * every year; likewise the day its wait counts from ({@link #wachtVanaf}, V7 asks it of every
     * unstarted member each year). {@code clientNr} numbers the client within its {@link Gegevens}
     * (the same client the same number), so the cells count distinct clients in a bit set instead of
     * a set of strings.
     */
    Trajectregel(Traject t, LocalDate eind, List<Pauze> pauzes, Long tarief, String verwijzerType,
                 Map<Integer, Long> gedeclareerd, int clientNr) {
        this(t, eind, pauzes, tarief, verwijzerType, gedeclareerd, t.begindatum() == null ? GEEN : t.begindatum().toEpochDay(),
                eind == null ? GEEN : eind.toEpochDay(),
                wachtVanaf(t) == null ? GEEN : wachtVanaf(t).toEpochDay(), clientNr);
    }

    /** The day the wait is counted from: the original decision (the earliest non-cancelled version's Toewijzingsdatum). */
    static LocalDate wachtVanaf(Traject t) {
        return t.eersteToewijzingsdatum() != null ? t.eersteToewijzingsdatum() : t.toewijzingsdatum();
    }

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

    /**
     * The days in care in the calendar year [jaarBegin, jaarEind) (epoch days; INDICATORS §1,
     * contract "Days in care"), an open trajectory counted to the reference date {@code peildag}.
     * In epoch days, no dates made: it runs for every trajectory of every year.
     */
    long dagenIn(long jaarBegin, long jaarEind, long peildag, IndicatorProperties.Etmaaltelling telling) {
        if (beginDag == GEEN) {
            return 0;
        }
        long s = beginDag;
        long e = eindDag != GEEN ? eindDag : peildag;
        if (telling == IndicatorProperties.Etmaaltelling.KALENDERDAGEN) {
            long dagen = overlap(s, e + 1, jaarBegin, jaarEind);
            for (Pauze p : pauzes) {
                dagen -= overlap(p.van().toEpochDay() + 1, p.tot().toEpochDay(), jaarBegin, jaarEind);
            }
            return Math.max(dagen, 0);
        }
        if (eindDag != GEEN && e == s) {
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
}
