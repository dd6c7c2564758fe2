package nl.twente.ijw.gateway.indicatoren;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Computes the indicators of one calendar year for one filter from the {@link Gegevens}
 * (design/INDICATORS.md §3 as fixed by the indicator contract). Pure: the same data, year,
 * filter and configuration give the same result.
 */
final class Berekening {

    private static final String VERBLIJF = "VERBLIJF";
    private static final String AMBULANT = "AMBULANT";

    private final Gegevens g;
    private final IndicatorProperties p;
    private final Filter filter;
    private final int jaar;
    private final boolean uitleg;
    private final List<Trajectregel> leden;

    Berekening(Gegevens g, IndicatorProperties p, Filter filter, int jaar, boolean uitleg) {
        this(g, p, filter, jaar, uitleg, Indeling.van(g, filter));
    }

    /** With the members of the filter already sorted (the same for every year of the filter). */
    Berekening(Gegevens g, IndicatorProperties p, Filter filter, int jaar, boolean uitleg, Indeling indeling) {
        this.g = g;
        this.p = p;
        this.filter = filter;
        this.jaar = jaar;
        this.uitleg = uitleg;
        this.indeling = indeling;
        this.leden = indeling.leden;
        LocalDate jaarBegin = LocalDate.of(jaar, 1, 1);
        this.jaarBegin = jaarBegin.toEpochDay();
        this.jaarEind = jaarBegin.plusYears(1).toEpochDay();
        this.peildag = g.peildatum.toEpochDay();
    }

    /**
     * The members of a filter sorted once for all years, in one pass, into what the indicators
     * loop over: per segment, and by the year they started and the year they ended. Each list
     * keeps the order of the members, so every indicator sees its trajectories in the order a
     * pass over all members would.
     */
    static final class Indeling {
        final List<Trajectregel> leden;
        private final Map<String, List<Trajectregel>> perSegment = new HashMap<>();
        private final Map<Integer, List<Trajectregel>> gestart = new HashMap<>();
        private final Map<Integer, List<Trajectregel>> geeindigd = new HashMap<>();

        private Indeling(List<Trajectregel> leden) {
            this.leden = leden;
            // In consecutive parts side by side (the years wait for it), then put together part by
            // part, so every list keeps the order of the members.
            int delen = Math.max(1, Math.min(8, leden.size() / 256));
            List<Indeling> stukken = java.util.stream.IntStream.range(0, delen).parallel()
                    .mapToObj(i -> new Indeling(leden.subList(leden.size() * i / delen, leden.size() * (i + 1) / delen), true))
                    .toList();
            for (Indeling stuk : stukken) {
                voegToe(perSegment, stuk.perSegment);
                voegToe(gestart, stuk.gestart);
                voegToe(geeindigd, stuk.geeindigd);
            }
        }

        /** One part, sorted in one pass. */
        private Indeling(List<Trajectregel> leden, boolean deel) {
            this.leden = leden;
            for (Trajectregel r : leden) {
                perSegment.computeIfAbsent(r.segment(), s -> new ArrayList<>()).add(r);
                if (r.t().begindatum() != null) {
                    gestart.computeIfAbsent(jaar(r.t().begindatum().getYear()), j -> new ArrayList<>()).add(r);
                }
                if (r.eind() != null) {
                    geeindigd.computeIfAbsent(jaar(r.eind().getYear()), j -> new ArrayList<>()).add(r);
                }
            }
        }

        /** Years as keys, boxed once: a year is above Integer's own cache, and each member has one or two. */
        private static final Integer[] JAREN = java.util.stream.IntStream.range(1900, 2200).boxed().toArray(Integer[]::new);

        private static Integer jaar(int jaar) {
            return jaar >= 1900 && jaar < 2200 ? JAREN[jaar - 1900] : Integer.valueOf(jaar);
        }

        private static <K> void voegToe(Map<K, List<Trajectregel>> naar, Map<K, List<Trajectregel>> van) {
            van.forEach((k, lijst) -> naar.computeIfAbsent(k, x -> new ArrayList<>()).addAll(lijst));
        }

        /** The members of the filter; those of the region (no filter, every trajectory) kept with the data. */
        static Indeling van(Gegevens g, Filter filter) {
            if (filter.equals(Filter.REGIO)) {
                return g.afgeleid("indeling", () -> new Indeling(g.trajecten));
            }
            return new Indeling(g.trajecten.stream().filter(filter::past).toList());
        }
    }

    private final Indeling indeling;
    /** The year as epoch days [jaarBegin, jaarEind), and the reference date, for days in care. */
    private final long jaarBegin;
    private final long jaarEind;
    private final long peildag;

    /** Per segment asked: its members with their days in care in the year. */
    private final Map<String, Segmentdeel> segmenten = new HashMap<>();

    /** The members of one segment, with their days in care in the year (computed when first asked). */
    private final class Segmentdeel {
        final List<Trajectregel> rijen;
        private long[] dagen;

        Segmentdeel(List<Trajectregel> rijen) {
            this.rijen = rijen;
        }

        long dagen(int i) {
            if (dagen == null) {
                long[] d = new long[rijen.size()];
                for (int j = 0; j < d.length; j++) {
                    d[j] = rijen.get(j).dagenIn(jaarBegin, jaarEind, peildag, p.getEtmaaltelling());
                }
                dagen = d;
            }
            return dagen[i];
        }
    }

    private Segmentdeel segment(String segment) {
        return segmenten.computeIfAbsent(segment,
                s -> new Segmentdeel(indeling.perSegment.getOrDefault(s, List.of())));
    }

    /** The members that started in the year. */
    private List<Trajectregel> gestart() {
        return indeling.gestart.getOrDefault(jaar, List.of());
    }

    /** The members that ended in the year. */
    private List<Trajectregel> geeindigd() {
        return indeling.geeindigd.getOrDefault(jaar, List.of());
    }

    Uitkomst bereken(String id) {
        return switch (id) {
            case "V1" -> clientenMetDagen(VERBLIJF);
            case "V2" -> clientenMetDagen("AMBULANT_ALTERNATIEF");
            case "V3" -> dagen(VERBLIJF);
            case "V4" -> geenDoorplaatsing();
            case "V5" -> opTijd(r -> inGroep(r, "SCREENING"), norm("SCREENING"));
            case "V6" -> opTijd(r -> VERBLIJF.equals(r.segment()), norm(VERBLIJF));
            case "V7" -> wachtlijst();
            case "V8", "T4" -> herinstroom(false);
            case "V9" -> kostenPerClient();
            case "V10.wonen", "V10.ander-domein", "V10.thuis" -> uitstroom(id.substring(4));
            case "A1.begeleiding.gemiddeld" -> duur("BEGELEIDING", false);
            case "A1.begeleiding.mediaan" -> duur("BEGELEIDING", true);
            case "A1.behandeling.gemiddeld" -> duur("BEHANDELING", false);
            case "A1.behandeling.mediaan" -> duur("BEHANDELING", true);
            case "A2" -> herinstroom(true);
            case "A3" -> clientenMetDagen(AMBULANT);
            case "A4" -> kosten(AMBULANT);
            case "A5.dyslexie" -> opTijd(r -> inGroep(r, "DYSLEXIE"), norm("DYSLEXIE"));
            case "A5.behandeling" -> opTijd(r -> inGroep(r, "BEHANDELING"), norm("BEHANDELING"));
            case "A5.begeleiding" -> opTijd(r -> inGroep(r, "BEGELEIDING"), norm("BEGELEIDING"));
            case "A6" -> doorverwijzing();
            case "T1.verzoeken", "T1.toegewezen", "T1.afgewezen", "T1.dagen-mediaan" -> verzoeken(id.substring(3));
            case "T3" -> gestart(r -> "CRISIS".equals(r.segment()));
            default -> {
                if (id.startsWith("T2.")) {
                    yield verwijzer(id.substring(3));
                }
                throw new IllegalArgumentException("onbekende indicator " + id);
            }
        };
    }

    private Uitkomst clientenMetDagen(String segment) {
        Uitkomst.Teller teller = teller(Integer.MAX_VALUE);
        Segmentdeel deel = segment(segment);
        for (int i = 0; i < deel.rijen.size(); i++) {
            Trajectregel r = deel.rijen.get(i);
            if (deel.dagen(i) > 0) {
                teller.neem(r, 1);
            }
        }
        return teller.uitkomst((long) teller.aantalClienten(), null);
    }

    private Uitkomst dagen(String segment) {
        Uitkomst.Teller teller = teller(p.getMinCellSize());
        long som = 0;
        Segmentdeel deel = segment(segment);
        for (int i = 0; i < deel.rijen.size(); i++) {
            Trajectregel r = deel.rijen.get(i);
            long d = deel.dagen(i);
            if (d > 0) {
                som += d;
                teller.neem(r, d);
            }
        }
        return teller.uitkomst(som, null);
    }

    /**
     * Whether one of the client's other trajectories that start 0..venster days after {@code r}
     * ends is {@code welke}; asked of every ended member each year, so no list of them is made.
     */
    private boolean gevolgdDoor(Trajectregel r, int venster, Predicate<Trajectregel> welke) {
        if (r.eindDag() == Trajectregel.GEEN) {
            return false;
        }
        for (Trajectregel o : g.vanClient(r.client())) {
            // days from the end of r to the start of o
            long d = o.beginDag() - r.eindDag();
            if (o != r && o.beginDag() != Trajectregel.GEEN && d >= 0 && d <= venster && welke.test(o)) {
                return true;
            }
        }
        return false;
    }

    /** V4: a VERBLIJF trajectory ending with reden 38, or followed by VERBLIJF at another provider or product. */
    private boolean isDoorplaatsing(Trajectregel r) {
        if (r.t().einddatumLevering() != null && "38".equals(r.t().redenBeeindiging())) {
            return true;
        }
        return gevolgdDoor(r, p.getTransferWindow(), o -> VERBLIJF.equals(o.segment())
                && (!o.t().aanbieder().equals(r.t().aanbieder())
                    || !java.util.Objects.equals(o.t().productCategorie(), r.t().productCategorie())
                    || !java.util.Objects.equals(o.t().productCode(), r.t().productCode())));
    }

    private Uitkomst geenDoorplaatsing() {
        // clients by their number in the data (Trajectregel.clientNr)
        BitSet inVerblijf = new BitSet(g.clientAantal);
        BitSet doorgeplaatst = new BitSet(g.clientAantal);
        List<Trajectregel> verblijf = new ArrayList<>();
        Segmentdeel deel = segment(VERBLIJF);
        for (int i = 0; i < deel.rijen.size(); i++) {
            Trajectregel r = deel.rijen.get(i);
            if (deel.dagen(i) > 0) {
                inVerblijf.set(r.clientNr());
                verblijf.add(r);
            }
            if (r.geeindigdIn(jaar) && doorplaatsing(r)) {
                doorgeplaatst.set(r.clientNr());
            }
        }
        Uitkomst.Teller teller = teller(p.getMinCellSize());
        for (Trajectregel r : verblijf) {
            teller.neem(r, doorgeplaatst.get(r.clientNr()) ? 0 : 1);
        }
        BitSet zonder = (BitSet) inVerblijf.clone();
        zonder.andNot(doorgeplaatst);
        return aandeel(teller, zonder.cardinality(), inVerblijf.cardinality());
    }

    private Uitkomst.Teller teller(int grens) {
        return new Uitkomst.Teller(uitleg, grens, g.clientAantal);
    }

    private static Uitkomst aandeel(Uitkomst.Teller teller, long teller_, long noemer) {
        return teller.uitkomst(noemer == 0 ? null : (double) teller_ / noemer, noemer);
    }

    /** Whether the trajectory is AMBULANT in a subsegment of the configured group. */
    private boolean inGroep(Trajectregel r, String groep) {
        if (!AMBULANT.equals(r.segment()) || r.t().subsegment() == null) {
            return false;
        }
        // Few groups and subsegments, asked for every trajectory: decided once per pair, looked up
        // without a lambda (one made per call was most of what the cells allocated).
        Map<String, Boolean> perSub = groepLid.get(groep);
        if (perSub == null) {
            perSub = new HashMap<>();
            groepLid.put(groep, perSub);
        }
        String sub = r.t().subsegment();
        Boolean lid = perSub.get(sub);
        if (lid == null) {
            lid = bepaalLid(groep, sub);
            perSub.put(sub, lid);
        }
        return lid;
    }

    private boolean bepaalLid(String groep, String sub) {
        for (String naam : p.getGroepen().getOrDefault(groep, List.of(groep))) {
            if (sub.equals(naam) || sub.startsWith(naam + "_")) {
                return true;
            }
        }
        return false;
    }

    private final Map<String, Map<String, Boolean>> groepLid = new HashMap<>();

    private int norm(String sleutel) {
        Integer n = p.getNormen().get(sleutel);
        if (n == null) {
            throw new IllegalStateException("geen wachtnorm ingesteld voor " + sleutel + " (ijw.indicatoren.normen)");
        }
        return n;
    }

    /** The waiting norm of a trajectory: of its subsegment group, else of its segment; null = none. */
    private Integer normVan(Trajectregel r) {
        // Depends on segment and subsegment alone: decided once per pair.
        Map<String, Optional<Integer>> perSub = normen.get(r.segment());
        if (perSub == null) {
            perSub = new HashMap<>();
            normen.put(r.segment(), perSub);
        }
        Optional<Integer> n = perSub.get(r.t().subsegment());
        if (n == null) {
            n = Optional.ofNullable(bepaalNorm(r));
            perSub.put(r.t().subsegment(), n);
        }
        return n.orElse(null);
    }

    private final Map<String, Map<String, Optional<Integer>>> normen = new HashMap<>();

    private Integer bepaalNorm(Trajectregel r) {
        for (Map.Entry<String, Integer> e : p.getNormen().entrySet()) {
            if (p.getGroepen().containsKey(e.getKey()) && inGroep(r, e.getKey())) {
                return e.getValue();
            }
        }
        return p.getGroepen().containsKey(r.segment()) ? null : p.getNormen().get(r.segment());
    }

    private Uitkomst opTijd(Predicate<Trajectregel> groep, int norm) {
        Uitkomst.Teller teller = teller(p.getMinCellSize());
        long noemer = 0;
        long opTijd = 0;
        for (Trajectregel r : gestart()) {
            if (groep.test(r) && r.t().waitDays() != null) {
                noemer++;
                if (r.t().waitDays() <= norm) {
                    opTijd++;
                }
                teller.neem(r, r.t().waitDays());
            }
        }
        return aandeel(teller, opTijd, noemer);
    }

    private Uitkomst wachtlijst() {
        LocalDate jaarEind = LocalDate.of(jaar, 12, 31);
        LocalDate r = g.peildatum.isBefore(jaarEind) ? g.peildatum : jaarEind;
        Uitkomst.Teller teller = teller(p.getMinCellSize());
        long aantal = 0;
        for (Trajectregel t : wachtend(r)) {
            aantal++;
            teller.neem(t, ChronoUnit.DAYS.between(Trajectregel.wachtVanaf(t.t()), r));
        }
        return teller.uitkomst(aantal, null);
    }

    /** V7 at reference date r: not started on or before r, waiting longer than the norm. */
    List<Trajectregel> wachtend(LocalDate r) {
        List<Trajectregel> uit = new ArrayList<>();
        long rDag = r.toEpochDay();
        for (Trajectregel t : leden) {
            // started on or before r: decided on the row itself, most of the members
            if (t.beginDag() != Trajectregel.GEEN && t.beginDag() <= rDag) {
                continue;
            }
            // in epoch days: no dates looked up for the members that wait
            if (t.wachtDag() == Trajectregel.GEEN) {
                throw new IllegalStateException("toewijzing zonder Toewijzingsdatum: " + t.sleutel());
            }
            if (t.wachtDag() > rDag) {
                continue;
            }
            Integer norm = normVan(t);
            if (norm != null && rDag - t.wachtDag() > norm) {
                uit.add(t);
            }
        }
        return uit;
    }

    private Uitkomst herinstroom(boolean alleenAmbulant) {
        Uitkomst.Teller teller = teller(Integer.MAX_VALUE);
        for (Trajectregel eerste : g.herinstroom(jaar)) {
            if (!filter.past(eerste) || (alleenAmbulant && !AMBULANT.equals(eerste.segment()))) {
                continue;
            }
            teller.neem(eerste, 1);
        }
        return teller.uitkomst((long) teller.aantalClienten(), null);
    }

    /** Cost in euro cents of a trajectory in the year: declared when declared, else days × tariff. */
    private long kostenCent(Trajectregel r, long dagen) {
        Map<Integer, Long> perJaar = g.gedeclareerd(r);
        if (perJaar != null && perJaar.containsKey(jaar)) {
            return perJaar.get(jaar);
        }
        return r.tarief() == null ? 0 : dagen * r.tarief();
    }

    private static BigDecimal euro(long cent) {
        return BigDecimal.valueOf(cent).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
    }

    private Uitkomst kosten(String segment) {
        Uitkomst.Teller teller = teller(p.getMinCellSize());
        long som = 0;
        Segmentdeel deel = segment(segment);
        for (int i = 0; i < deel.rijen.size(); i++) {
            Trajectregel r = deel.rijen.get(i);
            long d = deel.dagen(i);
            long k = kostenCent(r, d);
            if (k != 0 || d > 0) {
                som += k;
                teller.neem(r, euro(k));
            }
        }
        return teller.uitkomst(euro(som), null);
    }

    private Uitkomst kostenPerClient() {
        Uitkomst.Teller teller = teller(p.getMinCellSize());
        BitSet inVerblijf = new BitSet(g.clientAantal);
        long som = 0;
        Segmentdeel deel = segment(VERBLIJF);
        for (int i = 0; i < deel.rijen.size(); i++) {
            Trajectregel r = deel.rijen.get(i);
            long d = deel.dagen(i);
            long k = kostenCent(r, d);
            if (d > 0) {
                inVerblijf.set(r.clientNr());
            }
            if (k != 0 || d > 0) {
                som += k;
                teller.neem(r, euro(k));
            }
        }
        int clienten = inVerblijf.cardinality();
        BigDecimal waarde = clienten == 0 ? null
                : euro(som).divide(BigDecimal.valueOf(clienten), 2, RoundingMode.HALF_UP);
        return teller.uitkomst(waarde, (long) clienten);
    }

    private String uitstroomSoort(Trajectregel r) {
        if (gevolgdDoor(r, p.getUitstroomWindow(), o -> "WONEN".equals(o.segment()))) {
            return "wonen";
        }
        return r.t().einddatumLevering() != null && "39".equals(r.t().redenBeeindiging()) ? "ander-domein" : "thuis";
    }

    /** V4 and V10 ask this of the same trajectories: decided once. */
    private final Map<Trajectregel, Boolean> doorplaatsingen = new java.util.IdentityHashMap<>();

    private boolean doorplaatsing(Trajectregel r) {
        Boolean d = doorplaatsingen.get(r);
        if (d == null) {
            d = isDoorplaatsing(r);
            doorplaatsingen.put(r, d);
        }
        return d;
    }

    /** The VERBLIJF members that ended in the year without transfer, and how each flowed out (the three V10). */
    private List<Trajectregel> uitgestroomd;
    private String[] uitstroomSoorten;

    private List<Trajectregel> uitgestroomd() {
        if (uitgestroomd == null) {
            List<Trajectregel> uit = new ArrayList<>();
            for (Trajectregel r : geeindigd()) {
                if (VERBLIJF.equals(r.segment()) && !doorplaatsing(r)) {
                    uit.add(r);
                }
            }
            String[] soorten = new String[uit.size()];
            for (int i = 0; i < soorten.length; i++) {
                soorten[i] = uitstroomSoort(uit.get(i));
            }
            uitstroomSoorten = soorten;
            uitgestroomd = uit;
        }
        return uitgestroomd;
    }

    private Uitkomst uitstroom(String soort) {
        Uitkomst.Teller teller = teller(p.getMinCellSize());
        long noemer = 0;
        long aantal = 0;
        List<Trajectregel> uit = uitgestroomd();
        for (int i = 0; i < uit.size(); i++) {
            noemer++;
            boolean telt = soort.equals(uitstroomSoorten[i]);
            if (telt) {
                aantal++;
            }
            teller.neem(uit.get(i), telt ? 1 : 0);
        }
        return aandeel(teller, aantal, noemer);
    }

    private Uitkomst duur(String groep, boolean mediaan) {
        Uitkomst.Teller teller = teller(p.getMinCellSize());
        List<Integer> duren = new ArrayList<>();
        for (Trajectregel r : geeindigd()) {
            if (inGroep(r, groep) && r.t().durationDays() != null) {
                duren.add(r.t().durationDays());
                teller.neem(r, r.t().durationDays());
            }
        }
        return teller.uitkomst(mediaan ? mediaan(duren) : gemiddelde(duren), (long) duren.size());
    }

    static Double gemiddelde(List<? extends Number> waarden) {
        if (waarden.isEmpty()) {
            return null;
        }
        double som = 0;
        for (Number w : waarden) {
            som += w.doubleValue();
        }
        return som / waarden.size();
    }

    static Double mediaan(List<? extends Number> waarden) {
        if (waarden.isEmpty()) {
            return null;
        }
        double[] rij = waarden.stream().mapToDouble(Number::doubleValue).sorted().toArray();
        int m = rij.length / 2;
        return rij.length % 2 == 1 ? rij[m] : (rij[m - 1] + rij[m]) / 2;
    }

    private Uitkomst doorverwijzing() {
        Uitkomst.Teller teller = teller(Integer.MAX_VALUE);
        for (Trajectregel r : geeindigd()) {
            if (!AMBULANT.equals(r.segment())) {
                continue;
            }
            if (gevolgdDoor(r, p.getDoorverwijsWindow(),
                    o -> !o.t().aanbieder().equals(r.t().aanbieder()) || p.getZwaardereSegmenten().contains(o.segment()))) {
                teller.neem(r, 1);
            }
        }
        return teller.uitkomst((long) teller.aantalClienten(), null);
    }

    private Uitkomst verzoeken(String deel) {
        Uitkomst.Teller teller = teller(p.getMinCellSize());
        long aantal = 0;
        long toegewezen = 0;
        long afgewezen = 0;
        List<Long> doorloop = new ArrayList<>();
        for (Verzoekregel v : g.verzoekenIn(jaar)) {
            if (!filter.past(v)) {
                continue;
            }
            if (deel.equals("dagen-mediaan")) {
                if (v.antwoordOp() != null) {
                    long d = ChronoUnit.DAYS.between(v.dagtekening(), v.antwoordOp());
                    doorloop.add(d);
                    teller.neem(v, d);
                }
                continue;
            }
            aantal++;
            toegewezen += v.isToegewezen() ? 1 : 0;
            afgewezen += v.isAfgewezen() ? 1 : 0;
            teller.neem(v, switch (deel) {
                case "toegewezen" -> v.isToegewezen() ? 1 : 0;
                case "afgewezen" -> v.isAfgewezen() ? 1 : 0;
                default -> 1;
            });
        }
        return switch (deel) {
            case "verzoeken" -> teller.uitkomst(aantal, null);
            case "toegewezen" -> aandeel(teller, toegewezen, aantal);
            case "afgewezen" -> aandeel(teller, afgewezen, aantal);
            default -> teller.uitkomst(mediaan(doorloop), (long) doorloop.size());
        };
    }

    private Uitkomst gestart(Predicate<Trajectregel> welke) {
        Uitkomst.Teller teller = teller(p.getMinCellSize());
        long aantal = 0;
        for (Trajectregel r : gestart()) {
            if (welke.test(r)) {
                aantal++;
                teller.neem(r, 1);
            }
        }
        return teller.uitkomst(aantal, null);
    }

    private Uitkomst verwijzer(String code) {
        if (code.equals("onbekend")) {
            return gestart(r -> r.verwijzerType() == null || !Definitie.VERWIJZER_TYPES.contains(r.verwijzerType()));
        }
        if (perVerwijzer == null) {
            // the eight T2 ask the same started trajectories: grouped by type once, in their order
            perVerwijzer = new HashMap<>();
            for (Trajectregel r : gestart()) {
                perVerwijzer.computeIfAbsent(r.verwijzerType(), v -> new ArrayList<>()).add(r);
            }
        }
        Uitkomst.Teller teller = teller(p.getMinCellSize());
        List<Trajectregel> rijen = perVerwijzer.getOrDefault(code, List.of());
        rijen.forEach(r -> teller.neem(r, 1));
        return teller.uitkomst((long) rijen.size(), null);
    }

    private Map<String, List<Trajectregel>> perVerwijzer;
}
