package nl.twente.ijw.gateway.indicatoren;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import nl.twente.ijw.gateway.facts.Traject;
import nl.twente.ijw.gateway.facts.TrajectLezer;
import nl.twente.ijw.gateway.facts.Zorgepisode;

/**
 * Everything the indicators are computed from, for a reference date: the current trajectories,
 * the care episodes per client, the accepted declaration amounts per toewijzing and year, and the
 * requests. Immutable once built, so it can be cached and shared; {@link #bijgewerkt} makes the
 * data of a later state from this one by deriving only the changed clients anew, and keeps the
 * computed cells whose filter none of those clients' trajectories or requests matches.
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
    /** Above every {@link Trajectregel#clientNr} of this data. */
    final int clientAantal;
    private final int herinstroomGat;
    /** Computed cells (without explain list) of this data, so baseline years are computed once. */
    private final Map<Cache, Uitkomst> uitkomsten = new ConcurrentHashMap<>();
    /** Answers built from the whole data once (definitions, waiting list), by name. */
    private final Map<Object, Object> afgeleid = new ConcurrentHashMap<>();

    private record Cache(Filter filter, int jaar, String id) {
    }

    /** By toewijzing key: written out rather than composed, as it sorts every trajectory. */
    private static final Comparator<Trajectregel> OP_SLEUTEL = (a, b) -> {
        int c = a.t().gemeente().compareTo(b.t().gemeente());
        return c != 0 ? c : Long.compare(a.t().toewijzingNummer(), b.t().toewijzingNummer());
    };
    /** By Begindatum (unstarted last), then key. */
    private static final Comparator<Trajectregel> OP_BEGIN = (a, b) -> {
        int c = a.beginDag() == b.beginDag() ? 0 : a.beginDag() == Trajectregel.GEEN ? 1
                : b.beginDag() == Trajectregel.GEEN ? -1 : Long.compare(a.beginDag(), b.beginDag());
        return c != 0 ? c : OP_SLEUTEL.compare(a, b);
    };
    private static final Comparator<Verzoekregel> OP_ID = Comparator.comparingLong(Verzoekregel::id);

    private Gegevens(LocalDate peildatum, int herinstroomGat, List<Trajectregel> trajecten,
                     Map<String, List<Trajectregel>> perClient, Map<String, List<Zorgepisode>> episodes,
                     Map<String, Map<Integer, Long>> gedeclareerd, List<Verzoekregel> verzoeken, int clientAantal) {
        this.peildatum = peildatum;
        this.herinstroomGat = herinstroomGat;
        this.trajecten = trajecten;
        this.perClient = perClient;
        this.episodes = episodes;
        this.gedeclareerd = gedeclareerd;
        this.verzoeken = verzoeken;
        this.clientAantal = clientAantal;
    }

    /** The declared amounts (euro cents) of a trajectory per ProductPeriode year; null when none. */
    Map<Integer, Long> gedeclareerd(Trajectregel r) {
        return r.gedeclareerd();
    }

    /**
     * The trajectories that opened a re-entry episode (not the client's first) beginning in
     * {@code jaar}, in the order of the episodes: V8, A2 and T4 count them per filter.
     */
    List<Trajectregel> herinstroom(int jaar) {
        return afgeleid(java.util.Arrays.asList("herinstroom", jaar), () -> {
            List<Trajectregel> uit = new ArrayList<>();
            for (Map.Entry<String, List<Zorgepisode>> lijst : episodes.entrySet()) {
                for (Zorgepisode e : lijst.getValue()) {
                    if (e.isHerinstroom() && e.begin().getYear() == jaar) {
                        // the episode holds the client's own Traject objects (afleiden)
                        for (Trajectregel r : vanClient(lijst.getKey())) {
                            if (r.t() == e.eerste()) {
                                uit.add(r);
                                break;
                            }
                        }
                    }
                }
            }
            return List.copyOf(uit);
        });
    }

    /** The requests with Dagtekening in the year, in order: T1 asks them of every year and filter. */
    List<Verzoekregel> verzoekenIn(int jaar) {
        return afgeleid(java.util.Arrays.asList("verzoeken", jaar),
                () -> verzoeken.stream().filter(v -> v.dagtekening().getYear() == jaar).toList());
    }

    /** The data of every client for a reference date. */
    static Gegevens van(Map<String, Clientgegevens> basis, LocalDate peildatum, int herinstroomGat) {
        // The clients are derived in parts side by side (each client on its own), then the parts
        // are put together in the order of basis, so the maps are filled as one pass would.
        List<Map.Entry<String, Clientgegevens>> clienten = new ArrayList<>(basis.entrySet());
        int delen = Math.max(1, Math.min(64, clienten.size() / 1_000));
        List<Deel> afgeleid = java.util.stream.IntStream.range(0, delen).parallel()
                .mapToObj(i -> {
                    Deel d = new Deel();
                    // a client's number is its place in basis
                    for (int nr = clienten.size() * i / delen; nr < clienten.size() * (i + 1) / delen; nr++) {
                        var e = clienten.get(nr);
                        d.trajecten.addAll(afleiden(e.getKey(), nr, e.getValue(), peildatum, herinstroomGat, d.perClient,
                                d.episodes));
                    }
                    return d;
                }).toList();
        Map<String, List<Trajectregel>> perClient = new HashMap<>(basis.size() * 2);
        Map<String, List<Zorgepisode>> episodes = new HashMap<>(basis.size() * 2);
        Map<String, Map<Integer, Long>> gedeclareerd = new HashMap<>();
        List<Trajectregel> trajecten = new ArrayList<>();
        List<Verzoekregel> verzoeken = new ArrayList<>();
        for (Deel d : afgeleid) {
            perClient.putAll(d.perClient);
            episodes.putAll(d.episodes);
            trajecten.addAll(d.trajecten);
        }
        for (Clientgegevens c : basis.values()) {
            verzoeken.addAll(c.verzoeken());
            gedeclareerd.putAll(c.gedeclareerd());
        }
        verzoeken.sort(OP_ID);
        return new Gegevens(peildatum, herinstroomGat, opSleutel(trajecten), perClient, episodes, gedeclareerd,
                List.copyOf(verzoeken), clienten.size());
    }

    /**
     * The trajectories in {@link #OP_SLEUTEL} order, as an unmodifiable list. A million of them
     * compared by gemeente (a string) took most of deriving the data; there are few gemeenten, so
     * the trajectories are grouped by gemeente and each group is sorted by number alone.
     */
    static List<Trajectregel> opSleutel(List<Trajectregel> trajecten) {
        Map<String, List<Trajectregel>> perGemeente = new HashMap<>();
        for (Trajectregel r : trajecten) {
            perGemeente.computeIfAbsent(r.t().gemeente(), k -> new ArrayList<>()).add(r);
        }
        List<Trajectregel[]> delen = perGemeente.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getValue().toArray(new Trajectregel[0])).toList();
        delen.parallelStream().forEach(Gegevens::opNummer);
        Trajectregel[] uit = new Trajectregel[trajecten.size()];
        int i = 0;
        for (Trajectregel[] deel : delen) {
            System.arraycopy(deel, 0, uit, i, deel.length);
            i += deel.length;
        }
        return java.util.Collections.unmodifiableList(java.util.Arrays.asList(uit));
    }

    /** Places of a part that fit beside a number in one long ({@link #opNummer}). */
    private static final int PLAATSBITS = 21;

    /**
     * One gemeente's trajectories by toewijzing number (unique within a gemeente). Each number with
     * its place in one long, sorted as numbers: a comparator that looked up both numbers through
     * their Traject for every comparison took most of the sort. Numbers that do not fit go the slow way.
     */
    private static void opNummer(Trajectregel[] deel) {
        long[] sleutels = new long[deel.length];
        for (int i = 0; i < deel.length; i++) {
            long nummer = deel[i].t().toewijzingNummer();
            if (deel.length >= 1 << PLAATSBITS || nummer < 0 || nummer >= 1L << (63 - PLAATSBITS)) {
                java.util.Arrays.sort(deel, (a, b) -> Long.compare(a.t().toewijzingNummer(), b.t().toewijzingNummer()));
                return;
            }
            sleutels[i] = nummer << PLAATSBITS | i;
        }
        java.util.Arrays.sort(sleutels);
        Trajectregel[] oud = deel.clone();
        for (int i = 0; i < deel.length; i++) {
            deel[i] = oud[(int) (sleutels[i] & ((1 << PLAATSBITS) - 1))];
        }
    }

    /** The clients of one part, derived: maps in insertion order so they are put together in that order. */
    private static final class Deel {
        final List<Trajectregel> trajecten = new ArrayList<>();
        final Map<String, List<Trajectregel>> perClient = new java.util.LinkedHashMap<>();
        final Map<String, List<Zorgepisode>> episodes = new java.util.LinkedHashMap<>();
    }

    /**
     * One client's trajectories as of the reference date (with their declared amounts), entered in
     * perClient and episodes; returned in key order.
     */
    private static List<Trajectregel> afleiden(String client, int nr, Clientgegevens c, LocalDate peildatum,
                                               int herinstroomGat, Map<String, List<Trajectregel>> perClient,
                                               Map<String, List<Zorgepisode>> episodes) {
        List<Trajectregel> eigen = new ArrayList<>(c.trajecten().size());
        List<Traject> trajecten = new ArrayList<>(c.trajecten().size());
        for (Clientgegevens.Opgeslagen o : c.trajecten()) {
            Traject t = TrajectLezer.opPeildatum(o.t(), peildatum);
            LocalDate eind = t.einddatumLevering() != null ? t.einddatumLevering()
                    : t.endedByToewijzing() ? t.einddatum() : null;
            // a toewijzing's declared amounts are read with the client of its trajectory
            Map<Integer, Long> bedragen = c.gedeclareerd().isEmpty() ? null
                    : c.gedeclareerd().get(t.gemeente() + "/" + t.toewijzingNummer());
            eigen.add(new Trajectregel(t, eind, o.pauzes(), o.tarief(), t.verwijzerType(), bedragen, nr));
            trajecten.add(t);
        }
        if (!eigen.isEmpty()) {
            List<Trajectregel> opBegin = new ArrayList<>(eigen);
            opBegin.sort(OP_BEGIN);
            perClient.put(client, opBegin);
            episodes.put(client, Zorgepisode.van(trajecten, peildatum, herinstroomGat));
        }
        eigen.sort(OP_SLEUTEL);
        return eigen;
    }

    /**
     * The data of a later state in which only the clients {@code gewijzigd} changed ({@code basis}
     * holds the new state of every client; a changed client absent from it has no data any more).
     * The computed cells of this data are kept where their filter matches none of those clients'
     * trajectories or requests, before or after.
     */
    Gegevens bijgewerkt(Map<String, Clientgegevens> basis, Set<String> gewijzigd) {
        Map<String, List<Trajectregel>> perClient = new HashMap<>(this.perClient);
        Map<String, List<Zorgepisode>> episodes = new HashMap<>(this.episodes);
        Map<String, Map<Integer, Long>> gedeclareerd = new HashMap<>(this.gedeclareerd);
        List<Trajectregel> nieuw = new ArrayList<>();
        List<Verzoekregel> nieuweVerzoeken = new ArrayList<>();
        // a changed client gets a new number: its trajectories are all derived anew
        int volgendNr = clientAantal;
        for (String client : gewijzigd) {
            perClient.remove(client);
            episodes.remove(client);
            Clientgegevens c = basis.get(client);
            if (c != null) {
                nieuw.addAll(afleiden(client, volgendNr++, c, peildatum, herinstroomGat, perClient, episodes));
                nieuweVerzoeken.addAll(c.verzoeken());
            }
        }
        List<Trajectregel> oud = new ArrayList<>();
        List<Trajectregel> trajecten = new ArrayList<>(this.trajecten.size() + nieuw.size());
        for (Trajectregel r : this.trajecten) {
            if (gewijzigd.contains(r.client())) {
                oud.add(r);
                gedeclareerd.remove(r.sleutel());
            } else {
                trajecten.add(r);
            }
        }
        for (String client : gewijzigd) {
            Clientgegevens c = basis.get(client);
            if (c != null) {
                gedeclareerd.putAll(c.gedeclareerd());
            }
        }
        trajecten.addAll(nieuw);
        List<Verzoekregel> oudeVerzoeken = new ArrayList<>();
        List<Verzoekregel> verzoeken = new ArrayList<>(this.verzoeken.size() + nieuweVerzoeken.size());
        for (Verzoekregel v : this.verzoeken) {
            (gewijzigd.contains(v.client()) ? oudeVerzoeken : verzoeken).add(v);
        }
        verzoeken.addAll(nieuweVerzoeken);
        verzoeken.sort(OP_ID);
        Gegevens g = new Gegevens(peildatum, herinstroomGat, opSleutel(trajecten), perClient, episodes, gedeclareerd,
                List.copyOf(verzoeken), volgendNr);
        List<Geraakt> geraakt = new ArrayList<>();
        for (Collection<Trajectregel> rs : List.of(oud, nieuw)) {
            rs.forEach(r -> geraakt.add(geraakt(r, gedeclareerd, this.gedeclareerd)));
        }
        for (Collection<Verzoekregel> vs : List.of(oudeVerzoeken, nieuweVerzoeken)) {
            vs.forEach(v -> geraakt.add(new Geraakt(Filter.Kenmerken.van(v), v.dagtekening().getYear(),
                    v.dagtekening().getYear())));
        }
        this.uitkomsten.forEach((sleutel, u) -> {
            if (geraakt.stream().noneMatch(x -> x.raakt(sleutel))) {
                g.uitkomsten.put(sleutel, u);
            }
        });
        return g;
    }

    /** The cells a changed trajectory or request can change: those of a filter it passes, in the years [van, tot]. */
    private record Geraakt(Filter.Kenmerken kenmerken, int van, int tot) {
        boolean raakt(Cache cel) {
            return cel.jaar() >= van && cel.jaar() <= tot && cel.filter().past(kenmerken);
        }
    }

    /**
     * The years a trajectory counts in, by any indicator: from its earliest date (decision,
     * Ingangsdatum, start) to its end, its toewijzing's Einddatum and its declared years; while it
     * is open, every later year (V7 counts the open waiting at the reference date for any later year).
     * A trajectory of the same client that follows it, or an episode it begins, lies in the same years.
     */
    private Geraakt geraakt(Trajectregel r, Map<String, Map<Integer, Long>> nu, Map<String, Map<Integer, Long>> eerder) {
        Traject t = r.t();
        int van = t.ingangsdatum().getYear();
        for (LocalDate d : new LocalDate[] {t.toewijzingsdatum(), t.eersteToewijzingsdatum(), t.begindatum()}) {
            if (d != null) {
                van = Math.min(van, d.getYear());
            }
        }
        int tot = r.eind() == null ? Integer.MAX_VALUE : r.eind().getYear();
        if (t.einddatum() != null) {
            tot = Math.max(tot, t.einddatum().getYear());
        }
        for (Map<String, Map<Integer, Long>> bedragen : List.of(nu, eerder)) {
            for (int jaar : bedragen.getOrDefault(r.sleutel(), Map.of()).keySet()) {
                van = Math.min(van, jaar);
                tot = Math.max(tot, jaar);
            }
        }
        return new Geraakt(Filter.Kenmerken.van(r), van, tot);
    }

    /** The number of computed cells kept, for the log. */
    int bewaardeCellen() {
        return uitkomsten.size();
    }

    /** The cell's outcome, computed by {@code berekening} the first time it is asked for this data. */
    Uitkomst uitkomst(Filter filter, int jaar, String id, Supplier<Berekening> berekening) {
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

    /** An answer derived from the whole data (not per filter), built the first time it is asked. */
    @SuppressWarnings("unchecked")
    <T> T afgeleid(Object sleutel, Supplier<T> bouw) {
        return (T) afgeleid.computeIfAbsent(sleutel, k -> bouw.get());
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
        return afgeleid("jaren", this::bepaalJaren);
    }

    private List<Integer> bepaalJaren() {
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
        return List.copyOf(uit);
    }
}
