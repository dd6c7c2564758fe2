package nl.twente.ijw.gateway.indicatoren;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.twente.ijw.mapping.Aanbiederregister;
import nl.twente.ijw.mapping.Gemeenteregister;
import nl.twente.ijw.mapping.Segment;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/**
 * The regional indicators (design/INDICATORS.md §3, docs/indicatoren.md): cells per year and
 * filter with baseline, target and verdict, small cells suppressed; the trajectories behind a
 * cell; the definitions; the waiting list.
 */
@Service
@EnableConfigurationProperties(IndicatorProperties.class)
public class Indicatoren {

    private final GegevensLezer lezer;
    private final IndicatorProperties properties;
    private final Gemeenteregister gemeenten;
    private final Aanbiederregister aanbieders;

    Indicatoren(GegevensLezer lezer, IndicatorProperties properties, Gemeenteregister gemeenten,
                Aanbiederregister aanbieders) {
        this.lezer = lezer;
        this.properties = properties;
        this.gemeenten = gemeenten;
        this.aanbieders = aanbieders;
    }

    /** The reference date when none is asked: today in the gateway's time zone. */
    public LocalDate vandaag() {
        return lezer.vandaag();
    }

    /** The data as of the reference date: the same object until an accepted message changes it. */
    Object stand(LocalDate peildatum) {
        return lezer.lees(peildatum);
    }

    /** Whether an indicator id exists. */
    public static boolean bestaat(String id) {
        return Definitie.bestaat(id);
    }

    /**
     * The cells of one year for a filter (all ids, or only {@code id} when not null). All ids: the
     * year and its baseline years side by side, as {@link #cellen(Collection, Filter, LocalDate)}.
     */
    List<Cel> cellen(int jaar, Filter filter, LocalDate peildatum, String id) {
        if (id == null) {
            return cellen(List.of(jaar), filter, peildatum).get(jaar);
        }
        return cellen(lezer.lees(peildatum), jaar, filter, id);
    }

    /**
     * Every cell of several years for a filter, by year in the order asked. The years and their
     * baseline years are computed side by side (each year is one {@link Berekening}, independent
     * of the others), so a dashboard or the preparation of all years uses every core.
     */
    Map<Integer, List<Cel>> cellen(Collection<Integer> jaren, Filter filter, LocalDate peildatum) {
        Gegevens g = lezer.lees(peildatum);
        Set<Integer> nodig = new TreeSet<>(jaren);
        for (Definitie d : Definitie.ALLE) {
            nodig.add(basisjaar(properties.getDoelen().get(d.id())));
        }
        Berekening.Indeling indeling = Berekening.Indeling.van(g, filter);
        new ArrayList<>(nodig).parallelStream().forEach(jaar -> {
            Berekening b = new Berekening(g, properties, filter, jaar, false, indeling);
            for (Definitie d : Definitie.ALLE) {
                g.uitkomst(filter, jaar, d.id(), () -> b);
            }
        });
        Map<Integer, List<Cel>> uit = new LinkedHashMap<>();
        for (int jaar : jaren) {
            uit.put(jaar, cellen(g, jaar, filter, null));
        }
        return uit;
    }

    private int basisjaar(IndicatorProperties.Doel doel) {
        return doel != null && doel.getBasisjaar() != null ? doel.getBasisjaar() : properties.getBasisjaar();
    }

    private List<Cel> cellen(Gegevens g, int jaar, Filter filter, String id) {
        Map<Integer, Berekening> perJaar = new HashMap<>();
        List<Cel> cellen = new ArrayList<>();
        for (Definitie d : Definitie.ALLE) {
            if (id != null && !id.equals(d.id())) {
                continue;
            }
            Uitkomst u = g.uitkomst(filter, jaar, d.id(),
                    () -> perJaar.computeIfAbsent(jaar, j -> new Berekening(g, properties, filter, j, false)));
            IndicatorProperties.Doel doel = properties.getDoelen().get(d.id());
            int basisjaar = basisjaar(doel);
            Uitkomst basis = g.uitkomst(filter, basisjaar, d.id(),
                    () -> perJaar.computeIfAbsent(basisjaar, j -> new Berekening(g, properties, filter, j, false)));
            String oordeel = Oordeel.oordeel(doel, jaar, u.waarde(), basis.waarde());
            String streefwaarde = doel == null || doel.getSoort() == IndicatorProperties.Soort.GEEN ? null : doel.getTekst();
            boolean onderdrukt = klein(u.clienten());
            cellen.add(new Cel(d.id(), jaar, filter.gemeente(), filter.aanbieder(), filter.segment(), filter.subsegment(),
                    onderdrukt ? null : u.waarde(), onderdrukt ? null : u.noemer(), basisjaar,
                    klein(basis.clienten()) ? null : basis.waarde(), streefwaarde, onderdrukt ? null : oordeel, onderdrukt));
        }
        return cellen;
    }

    private boolean klein(int clienten) {
        return clienten >= 1 && clienten < properties.getMinCellSize();
    }

    /** The trajectories (or requests) behind a cell, not suppressed (monitor role only). */
    List<Uitlegregel> uitleg(String id, int jaar, Filter filter, LocalDate peildatum) {
        return new Berekening(lezer.lees(peildatum), properties, filter, jaar, true).bereken(id).regels();
    }

    /** What the dashboard needs to offer choices: years, indicators, gemeenten, aanbieders, segments. */
    Map<String, Object> definities(LocalDate peildatum) {
        Gegevens g = lezer.lees(peildatum);
        return g.afgeleid("definities", () -> definities(g));
    }

    private Map<String, Object> definities(Gegevens g) {
        Map<String, Object> uit = new LinkedHashMap<>();
        uit.put("jaren", g.jaren());
        List<Map<String, Object>> indicatoren = new ArrayList<>();
        for (Definitie d : Definitie.ALLE) {
            IndicatorProperties.Doel doel = properties.getDoelen().get(d.id());
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", d.id());
            m.put("naam", d.naam());
            m.put("definitie", d.definitie());
            m.put("eenheid", d.eenheid());
            m.put("streefwaarde", doel == null || doel.getSoort() == IndicatorProperties.Soort.GEEN ? null : doel.getTekst());
            indicatoren.add(m);
        }
        uit.put("indicatoren", indicatoren);
        TreeSet<String> gemeenteCodes = new TreeSet<>();
        TreeSet<String> aanbiederCodes = new TreeSet<>();
        g.trajecten.forEach(r -> {
            gemeenteCodes.add(r.t().gemeente());
            aanbiederCodes.add(r.t().aanbieder());
        });
        g.verzoeken.forEach(v -> {
            gemeenteCodes.add(v.gemeente());
            aanbiederCodes.add(v.aanbieder());
        });
        uit.put("gemeenten", gemeenteCodes.stream().map(c -> codeNaam(c, gemeenten.naam(c).orElse(null))).toList());
        uit.put("aanbieders", aanbiederCodes.stream().map(c -> codeNaam(c, aanbieders.naam(c).orElse(null))).toList());
        uit.put("segmenten", List.of(Segment.values()).stream().map(Enum::name).toList());
        return uit;
    }

    private static Map<String, Object> codeNaam(String code, String naam) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", code);
        m.put("naam", naam);
        return m;
    }

    /** V7 at the reference date by aanbieder, segment and subsegment, small groups suppressed. */
    List<Map<String, Object>> wachtlijst(LocalDate peildatum, String gemeente) {
        // Whether a toewijzing waits at a date depends on its dates alone, not on the reference
        // date of the data (that one only decides endings): today's data serves every date, so the
        // dashboard of a past year needs no second copy of the data.
        Gegevens g = lezer.lees(lezer.vandaag());
        return g.afgeleid(java.util.Arrays.asList("wachtlijst", peildatum, gemeente), () -> wachtlijst(g, peildatum, gemeente));
    }

    private List<Map<String, Object>> wachtlijst(Gegevens g, LocalDate peildatum, String gemeente) {
        Filter filter = new Filter(gemeente, null, null, null);
        Berekening b = new Berekening(g, properties, filter, peildatum.getYear(), false);
        Map<List<String>, List<Trajectregel>> groepen = new TreeMap<>((x, y) -> {
            for (int i = 0; i < x.size(); i++) {
                int c = String.valueOf(x.get(i)).compareTo(String.valueOf(y.get(i)));
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        });
        for (Trajectregel r : b.wachtend(peildatum)) {
            groepen.computeIfAbsent(java.util.Arrays.asList(r.t().aanbieder(), r.segment(), r.t().subsegment()),
                    k -> new ArrayList<>()).add(r);
        }
        List<Map<String, Object>> uit = new ArrayList<>();
        groepen.forEach((k, lijst) -> {
            long clienten = lijst.stream().map(Trajectregel::client).distinct().count();
            boolean onderdrukt = klein((int) clienten);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("aanbieder", k.get(0));
            m.put("aanbieder_naam", aanbieders.naam(k.get(0)).orElse(null));
            m.put("segment", k.get(1));
            m.put("subsegment", k.get(2));
            m.put("aantal", onderdrukt ? null : lijst.size());
            m.put("onderdrukt", onderdrukt);
            uit.add(m);
        });
        return List.copyOf(uit);
    }
}
