package nl.twente.ijw.gateway.indicatoren;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import nl.twente.ijw.gateway.facts.Zorgepisode;

/**
 * Everything the indicators are computed from, read once for a reference date: the current
 * trajectories, the care episodes per client, the accepted declaration amounts per toewijzing
 * and year, and the requests. Immutable once built, so it can be cached and shared.
 */
final class Gegevens {

    final LocalDate peildatum;
    final List<Trajectregel> trajecten;
    /** Per client: its trajectories ordered by Begindatum (unstarted last), for "followed by" rules. */
    final Map<String, List<Trajectregel>> perClient;
    /** Per client: its care episodes in order. */
    final Map<String, List<Zorgepisode>> episodes;
    /** Accepted declared amounts (euro cents) per toewijzing key "gemeente/nummer" and ProductPeriode year. */
    final Map<String, Map<Integer, Long>> gedeclareerd;
    final List<Verzoekregel> verzoeken;
    private final Map<String, Trajectregel> perSleutel = new HashMap<>();
    /** Computed cells (without explain list) of this data, so baseline years are computed once. */
    private final Map<Cache, Uitkomst> uitkomsten = new java.util.concurrent.ConcurrentHashMap<>();

    private record Cache(Filter filter, int jaar, String id) {
    }

    private static final Comparator<Trajectregel> OP_BEGIN = Comparator
            .comparing((Trajectregel r) -> r.t().begindatum(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(r -> r.t().gemeente()).thenComparingLong(r -> r.t().toewijzingNummer());

    Gegevens(LocalDate peildatum, List<Trajectregel> trajecten, Map<String, List<Zorgepisode>> episodes,
             Map<String, Map<Integer, Long>> gedeclareerd, List<Verzoekregel> verzoeken) {
        this.peildatum = peildatum;
        this.trajecten = List.copyOf(trajecten);
        Map<String, List<Trajectregel>> index = new HashMap<>();
        for (Trajectregel r : trajecten) {
            index.computeIfAbsent(r.client(), c -> new ArrayList<>()).add(r);
        }
        index.values().forEach(l -> l.sort(OP_BEGIN));
        this.perClient = index;
        trajecten.forEach(r -> perSleutel.put(r.sleutel(), r));
        this.episodes = episodes;
        this.gedeclareerd = gedeclareerd;
        this.verzoeken = List.copyOf(verzoeken);
    }

    /** The cell's outcome, computed by {@code berekening} the first time it is asked for this data. */
    Uitkomst uitkomst(Filter filter, int jaar, String id, java.util.function.Supplier<Berekening> berekening) {
        Cache sleutel = new Cache(filter, jaar, id);
        Uitkomst u = uitkomsten.get(sleutel);
        if (u == null) {
            if (uitkomsten.size() > 100_000) {
                uitkomsten.clear(); // many filters asked: start afresh rather than grow without end
            }
            u = berekening.get().bereken(id);
            uitkomsten.put(sleutel, u);
        }
        return u;
    }

    /** The trajectories by toewijzing key "gemeente/nummer". */
    Map<String, Trajectregel> perSleutel() {
        return perSleutel;
    }

    /** The client's other trajectories, by Begindatum. */
    List<Trajectregel> vanClient(String client) {
        return perClient.getOrDefault(client, List.of());
    }

    /**
     * The years with data: from the earliest to the latest year in which a toewijzing begins, a
     * delivery starts or ends or a request is dated, plus the reference date's year while a
     * trajectory is open; never after the reference date's year.
     */
    List<Integer> jaren() {
        TreeSet<Integer> jaren = new TreeSet<>();
        for (Trajectregel r : trajecten) {
            jaren.add(r.t().ingangsdatum().getYear());
            if (r.t().begindatum() != null) {
                jaren.add(r.t().begindatum().getYear());
                if (r.eind() == null) {
                    jaren.add(peildatum.getYear());
                }
            }
            if (r.eind() != null) {
                jaren.add(r.eind().getYear());
            }
        }
        verzoeken.forEach(v -> jaren.add(v.dagtekening().getYear()));
        List<Integer> uit = new ArrayList<>();
        if (!jaren.isEmpty()) {
            int laatste = Math.min(jaren.last(), peildatum.getYear());
            for (int j = jaren.first(); j <= laatste; j++) {
                uit.add(j);
            }
        }
        return uit;
    }
}
