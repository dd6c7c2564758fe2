package nl.twente.ijw.gateway.validation.declaratie;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.OptionalLong;
import nl.twente.ijw.gateway.stand.ToewijzingStand.Toewijzing;

/**
 * The volume a toewijzing with an Omvang allows, for TR321 (per ProductPeriode) and TR322
 * (over the whole validity). Interpretation of STANDARD.md §4(b), IV076, IV077 and IV078:
 *
 * <ul>
 * <li>Only the part of the period inside the toewijzing counts (Ingangsdatum to Einddatum).</li>
 * <li>Frequentie 1 (per day): Volume × the number of days.</li>
 * <li>Frequentie 2 (per week), inspanningsgericht (Eenheid 01, 04, 14, 16, 84): Volume × the
 *     number of ISO calendar weeks the period touches, broken weeks included (IV077: counting
 *     week numbers; a full month gives 4, 5 or 6 weeks). Because a week split over two months
 *     counts in both, the total over the validity (TR322) may be exceeded by claims that each
 *     fit their month; TR322 catches that.</li>
 * <li>Frequentie 2, outputgericht (Eenheid 82, 83): a week belongs to the period holding its
 *     Sunday, so Volume × the Sundays in the period; plus one week in the period holding the
 *     toewijzing's last Sunday when its Einddatum is not a Sunday (the last broken week,
 *     IV076). (interp.) A toewijzing without any Sunday gets that one week in the period of its
 *     Einddatum.</li>
 * <li>Frequentie 4 (per month): Volume × the calendar months the period touches; a broken month
 *     may use the full month's volume (IV078). A ProductPeriode lies in one month (CS337), so
 *     TR321 allows Volume.</li>
 * <li>Frequentie 6 (total within the validity): Volume over the whole validity. Per period it
 *     allows the same, so a claim above the total is TR322's subject alone (interp.).</li>
 * <li>Over the whole validity (TR322) the same counts apply from Ingangsdatum to Einddatum; an
 *     open-ended toewijzing has no total unless Frequentie is 6.</li>
 * </ul>
 *
 * Units: the toewijzing's Eenheid, except that hours (04) may be claimed in minutes (01, TR341),
 * where one hour is 60 minutes. Other unit pairs are not comparable (TR341 refuses them).
 */
public final class Omvangrekening {

    public static final String MINUUT = "01";
    public static final String UUR = "04";

    private Omvangrekening() {
    }

    /** Outputgericht: stuks (82) or euro's (83); every other unit is inspanningsgericht. */
    public static boolean isOutput(String eenheid) {
        return "82".equals(eenheid) || "83".equals(eenheid);
    }

    /** The maximum for the days {@code begin} to {@code eind}, in the toewijzing's Eenheid; empty without Omvang. */
    public static OptionalLong maximumInPeriode(Toewijzing t, LocalDate begin, LocalDate eind) {
        if (t.volume() == null || t.frequentie() == null || t.eenheid() == null) {
            return OptionalLong.empty();
        }
        LocalDate van = begin.isBefore(t.ingangsdatum()) ? t.ingangsdatum() : begin;
        LocalDate tot = t.einddatum() != null && t.einddatum().isBefore(eind) ? t.einddatum() : eind;
        long volume = t.volume();
        if ("6".equals(t.frequentie())) {
            return OptionalLong.of(volume);
        }
        if (van.isAfter(tot)) {
            return OptionalLong.of(0);
        }
        return switch (t.frequentie()) {
            case "1" -> OptionalLong.of(volume * (ChronoUnit.DAYS.between(van, tot) + 1));
            case "2" -> OptionalLong.of(volume * (isOutput(t.eenheid()) ? outputWeken(t, van, tot) : kalenderweken(van, tot)));
            case "4" -> OptionalLong.of(volume * (ChronoUnit.MONTHS.between(YearMonth.from(van), YearMonth.from(tot)) + 1));
            default -> OptionalLong.empty();
        };
    }

    /** The maximum over the toewijzing's whole validity; empty without Omvang or, unless Frequentie 6, without Einddatum. */
    public static OptionalLong maximumOverLooptijd(Toewijzing t) {
        if (t.einddatum() == null && !"6".equals(t.frequentie())) {
            return OptionalLong.empty();
        }
        return maximumInPeriode(t, t.ingangsdatum(), t.einddatum() == null ? t.ingangsdatum() : t.einddatum());
    }

    /**
     * How many of {@code prestatieEenheid} make one of the toewijzing's unit: 1 for the same
     * unit, 60 for minutes claimed on hours; empty when the units cannot be compared.
     */
    public static OptionalLong factor(String toewijzingEenheid, String prestatieEenheid) {
        if (toewijzingEenheid == null) {
            return OptionalLong.empty();
        }
        if (toewijzingEenheid.equals(prestatieEenheid)) {
            return OptionalLong.of(1);
        }
        return UUR.equals(toewijzingEenheid) && MINUUT.equals(prestatieEenheid) ? OptionalLong.of(60) : OptionalLong.empty();
    }

    /** ISO weeks (Monday to Sunday) that the days {@code van} to {@code tot} touch. */
    static long kalenderweken(LocalDate van, LocalDate tot) {
        LocalDate eersteMaandag = van.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate laatsteMaandag = tot.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return ChronoUnit.WEEKS.between(eersteMaandag, laatsteMaandag) + 1;
    }

    /** Weeks of an outputgericht toewijzing that belong to the days {@code van} to {@code tot} (IV076). */
    static long outputWeken(Toewijzing t, LocalDate van, LocalDate tot) {
        long weken = zondagen(van, tot);
        LocalDate einde = t.einddatum();
        if (einde != null && einde.getDayOfWeek() != DayOfWeek.SUNDAY) {
            LocalDate laatsteZondag = einde.with(TemporalAdjusters.previous(DayOfWeek.SUNDAY));
            LocalDate anker = laatsteZondag.isBefore(t.ingangsdatum()) ? einde : laatsteZondag;
            if (!anker.isBefore(van) && !anker.isAfter(tot)) {
                weken++;
            }
        }
        return weken;
    }

    static long zondagen(LocalDate van, LocalDate tot) {
        LocalDate eerste = van.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        return eerste.isAfter(tot) ? 0 : ChronoUnit.WEEKS.between(eerste, tot) + 1;
    }
}
