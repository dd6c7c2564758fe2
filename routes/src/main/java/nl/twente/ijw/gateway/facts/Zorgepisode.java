package nl.twente.ijw.gateway.facts;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A care episode of one client (design/INDICATORS.md §1): the union of the validity periods
 * [Ingangsdatum, Einddatum] of the client's toewijzingen (cancelled ones left out), where
 * periods with a gap (next Ingangsdatum − previous Einddatum − 1) below the re-entry gap are
 * merged. An open Einddatum runs to the reference date. {@code volgnummer} counts the client's
 * episodes from 1; every episode after the first is a re-entry. {@code trajecten} are ordered
 * by Ingangsdatum, so the first one is the trajectory that started the episode.
 */
public record Zorgepisode(String client, int volgnummer, LocalDate begin, LocalDate eind, List<Traject> trajecten) {

    /** The trajectory that opened the episode (earliest Ingangsdatum, then gemeente and number). */
    public Traject eerste() {
        return trajecten.get(0);
    }

    public boolean isHerinstroom() {
        return volgnummer > 1;
    }

    /** The order in which a client's toewijzingen are merged: Ingangsdatum, then key. */
    static final Comparator<Traject> VOLGORDE = Comparator.comparing(Traject::ingangsdatum)
            .thenComparing(Traject::gemeente).thenComparingLong(Traject::toewijzingNummer);

    /** The end of a toewijzing's period: its Einddatum, or the reference date while open (never before its start). */
    static LocalDate periodeEind(Traject t, LocalDate peildatum) {
        LocalDate eind = t.einddatum() != null ? t.einddatum() : peildatum;
        return eind.isBefore(t.ingangsdatum()) ? t.ingangsdatum() : eind;
    }

    /**
     * The episodes of one client from the client's non-cancelled trajectories (cancelled ones in
     * the list are skipped), in order.
     */
    public static List<Zorgepisode> van(List<Traject> vanClient, LocalDate peildatum, int herinstroomGat) {
        // once per client of a million trajectories: a list sorted in place, no stream
        List<Traject> perioden = new ArrayList<>(vanClient.size());
        for (Traject t : vanClient) {
            if (t.status() != Traject.Status.CANCELLED) {
                perioden.add(t);
            }
        }
        perioden.sort(VOLGORDE);
        List<Zorgepisode> episodes = new ArrayList<>();
        List<Traject> huidige = new ArrayList<>();
        LocalDate begin = null;
        LocalDate eind = null;
        for (Traject t : perioden) {
            if (eind != null && ChronoUnit.DAYS.between(eind, t.ingangsdatum()) - 1 >= herinstroomGat) {
                episodes.add(new Zorgepisode(t.client(), episodes.size() + 1, begin, eind, List.copyOf(huidige)));
                huidige.clear();
                begin = null;
                eind = null;
            }
            if (begin == null) {
                begin = t.ingangsdatum();
            }
            LocalDate e = periodeEind(t, peildatum);
            eind = eind == null || e.isAfter(eind) ? e : eind;
            huidige.add(t);
        }
        if (!huidige.isEmpty()) {
            episodes.add(new Zorgepisode(huidige.get(0).client(), episodes.size() + 1, begin, eind, List.copyOf(huidige)));
        }
        return episodes;
    }
}
