package nl.twente.ijw.simulator;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.twente.ijw.mapping.Segment;

/**
 * The indicator values as the definitions give them, computed from the simulation's own state
 * (the trajectories it planned and sent), never by the gateway's code: V1, V2, V3, V5, V6, V8,
 * A1.*, A3 and A5.* per year for the whole region, at the reference date.
 */
final class Grondwaarheid {

    /** Two toewijzing periods further apart than this many uncovered days are two episodes. */
    static final int HERINSTROOM_GAT = 183;

    /** One indicator cell: waarde a Long (counts, day sums), a Double (shares, means) or null. */
    record Cel(String id, Number waarde, Long noemer) {
    }

    final LocalDate peildatum;
    final List<Traject> trajecten;

    Grondwaarheid(List<Toewijzing> toewijzingen, LocalDate peildatum) {
        this.peildatum = peildatum;
        List<Traject> lijst = new ArrayList<>();
        for (Toewijzing t : toewijzingen) {
            if (t.ontvangen) {
                lijst.add(Traject.van(t, peildatum));
            }
        }
        this.trajecten = List.copyOf(lijst);
    }

    List<Cel> indicatoren(int jaar) {
        List<Cel> cellen = new ArrayList<>();
        cellen.add(new Cel("V1", (long) clientenMetDagen(jaar, Segment.VERBLIJF), null));
        cellen.add(new Cel("V2", (long) clientenMetDagen(jaar, Segment.AMBULANT_ALTERNATIEF), null));
        cellen.add(new Cel("V3", dagen(jaar, Segment.VERBLIJF), null));
        cellen.add(opTijd("V5", jaar, Segment.AMBULANT, "SCREENING", 28));
        cellen.add(opTijd("V6", jaar, Segment.VERBLIJF, null, 42));
        cellen.add(new Cel("V8", (long) herinstroom(jaar), null));
        duur(cellen, jaar, "begeleiding", "BEGELEIDING");
        duur(cellen, jaar, "behandeling", "BEHANDELING");
        cellen.add(new Cel("A3", (long) clientenMetDagen(jaar, Segment.AMBULANT), null));
        cellen.add(opTijd("A5.dyslexie", jaar, Segment.AMBULANT, "DYSLEXIE", 42));
        cellen.add(opTijd("A5.behandeling", jaar, Segment.AMBULANT, "BEHANDELING", 98));
        cellen.add(opTijd("A5.begeleiding", jaar, Segment.AMBULANT, "BEGELEIDING", 14));
        return cellen;
    }

    /** Youths with at least one care day in the year, any segment (for the record, not an indicator). */
    int jeugdigenMetZorg(int jaar) {
        return clientenMetDagen(jaar, null);
    }

    private int clientenMetDagen(int jaar, Segment segment) {
        Set<Integer> clienten = new HashSet<>();
        for (Traject t : trajecten) {
            if (t.telt() && t.gestart() && (segment == null || t.toewijzing().product.segment() == segment)
                    && t.dagenIn(jaar) > 0) {
                clienten.add(t.toewijzing().jeugdige.nummer());
            }
        }
        return clienten.size();
    }

    private long dagen(int jaar, Segment segment) {
        long som = 0;
        for (Traject t : trajecten) {
            if (t.telt() && t.gestart() && t.toewijzing().product.segment() == segment) {
                som += t.dagenIn(jaar);
            }
        }
        return som;
    }

    /** Share of trajectories started in the year (segment, subsegment) with wait_days ≤ norm. */
    private Cel opTijd(String id, int jaar, Segment segment, String subsegment, int norm) {
        long noemer = 0;
        long opTijd = 0;
        for (Traject t : trajecten) {
            Product p = t.toewijzing().product;
            if (t.telt() && t.gestart() && t.begindatum().getYear() == jaar && p.segment() == segment
                    && (subsegment == null || subsegment.equals(p.subsegment()))) {
                noemer++;
                if (t.wachtdagen() <= norm) {
                    opTijd++;
                }
            }
        }
        return new Cel(id, noemer == 0 ? null : (double) opTijd / noemer, noemer);
    }

    /** A1: mean and median duration_days of AMBULANT trajectories of the group ended in the year. */
    private void duur(List<Cel> cellen, int jaar, String naam, String subsegment) {
        List<Long> duren = new ArrayList<>();
        for (Traject t : trajecten) {
            Product p = t.toewijzing().product;
            if (t.telt() && t.gestart() && t.eind() != null && t.eind().getYear() == jaar
                    && p.segment() == Segment.AMBULANT && subsegment.equals(p.subsegment())) {
                duren.add(t.duurdagen());
            }
        }
        long n = duren.size();
        Double gemiddeld = null;
        Double mediaan = null;
        if (n > 0) {
            duren.sort(Comparator.naturalOrder());
            long som = 0;
            for (long d : duren) {
                som += d;
            }
            gemiddeld = (double) som / n;
            int m = (int) (n / 2);
            mediaan = n % 2 == 1 ? (double) duren.get(m) : (duren.get(m - 1) + duren.get(m)) / 2.0;
        }
        cellen.add(new Cel("A1." + naam + ".gemiddeld", gemiddeld, n));
        cellen.add(new Cel("A1." + naam + ".mediaan", mediaan, n));
    }

    /**
     * V8: youths with a care episode starting in the year after an earlier one. Episodes are the
     * union of toewijzing periods [Ingangsdatum, Einddatum] (open: the reference date) of every
     * toewijzing that is not cancelled; a gap of 183 days or more starts a new episode.
     */
    private int herinstroom(int jaar) {
        Map<Integer, List<LocalDate[]>> perJeugdige = new TreeMap<>();
        for (Traject t : trajecten) {
            if (t.telt()) {
                Toewijzing w = t.toewijzing();
                LocalDate eind = w.einddatum != null ? w.einddatum : peildatum;
                perJeugdige.computeIfAbsent(w.jeugdige.nummer(), k -> new ArrayList<>())
                        .add(new LocalDate[] {w.ingangsdatum, eind});
            }
        }
        int aantal = 0;
        for (List<LocalDate[]> perioden : perJeugdige.values()) {
            perioden.sort(Comparator.comparing((LocalDate[] p) -> p[0]));
            LocalDate gedektTot = perioden.get(0)[1];
            boolean terug = false;
            for (int i = 1; i < perioden.size(); i++) {
                LocalDate[] p = perioden.get(i);
                long gat = ChronoUnit.DAYS.between(gedektTot, p[0]) - 1;
                if (gat >= HERINSTROOM_GAT && p[0].getYear() == jaar) {
                    terug = true;
                }
                if (p[1].isAfter(gedektTot)) {
                    gedektTot = p[1];
                }
            }
            if (terug) {
                aantal++;
            }
        }
        return aantal;
    }

    /** The ground-truth document (JSON). */
    static String alsJson(Simulatie sim, Instellingen inst, Grondwaarheid g) {
        Json j = new Json();
        j.open();
        j.veld("generator", "ijw-simulator");
        j.sleutel("instellingen").open();
        j.veld("seed", inst.seed());
        j.veld("eersteJaar", inst.eersteJaar());
        j.veld("laatsteJaar", inst.laatsteJaar());
        j.veld("jeugdigen", inst.jeugdigen());
        j.veld("foutAandeel", inst.foutAandeel());
        j.veld("inloopjaren", inst.inloopjaren());
        j.sluit();
        j.veld("eersteDag", sim.begin.toString());
        j.veld("horizon", sim.horizon.toString());
        j.veld("peildatum", g.peildatum.toString());

        Map<String, long[]> perSoort = new TreeMap<>();
        Map<String, Long> fouten = new TreeMap<>();
        long[] totaal = new long[3];
        for (Bericht b : sim.berichten) {
            long[] tel = perSoort.computeIfAbsent(b.soort.name(), k -> new long[3]);
            tel[b.uitkomst().ordinal()]++;
            totaal[b.uitkomst().ordinal()]++;
            if (b.fout != null) {
                fouten.merge(b.fout.name(), 1L, Long::sum);
            }
        }
        j.sleutel("berichten").open();
        j.veld("totaal", sim.berichten.size());
        j.sleutel("verwacht");
        uitkomsten(j, totaal);
        j.sleutel("perSoort").open();
        for (Map.Entry<String, long[]> e : perSoort.entrySet()) {
            j.sleutel(e.getKey());
            uitkomsten(j, e.getValue());
        }
        j.sluit();
        j.sleutel("fouten").open();
        for (Map.Entry<String, Long> e : fouten.entrySet()) {
            j.veld(e.getKey(), e.getValue());
        }
        j.sluit();
        j.veld("samenvatting", "imported %d: accepted %d, rejected %d, schema errors %d, duplicates 0, not a message 0"
                .formatted(sim.berichten.size(), totaal[0], totaal[1], totaal[2]));
        j.sluit();

        j.sleutel("jeugdigenMetZorg").open();
        for (int jaar = inst.eersteJaar(); jaar <= inst.laatsteJaar(); jaar++) {
            j.veld(Integer.toString(jaar), g.jeugdigenMetZorg(jaar));
        }
        j.sluit();
        j.sleutel("indicatoren").open();
        for (int jaar = inst.eersteJaar(); jaar <= inst.laatsteJaar(); jaar++) {
            j.sleutel(Integer.toString(jaar)).lijst();
            for (Cel c : g.indicatoren(jaar)) {
                j.open();
                j.veld("id", c.id());
                j.getal("waarde", c.waarde());
                j.getal("noemer", c.noemer());
                j.sluit();
            }
            j.sluitLijst();
        }
        j.sluit();

        j.sleutel("trajecten").lijst();
        for (Traject t : g.trajecten) {
            Toewijzing w = t.toewijzing();
            j.open();
            j.veld("gemeente", w.gemeente());
            j.veld("toewijzingNummer", w.nummer);
            j.veld("jeugdige", w.jeugdige.id());
            j.veld("aanbieder", w.aanbieder.agb());
            j.veld("product", w.product.code());
            j.veld("segment", w.product.segment().name());
            j.veld("subsegment", w.product.subsegment());
            j.veld("verwijzerType", w.verwijzerType);
            j.veld("toewijzingsdatum", w.eersteToewijzingsdatum.toString());
            j.veld("ingangsdatum", w.ingangsdatum.toString());
            j.veld("einddatum", w.einddatum == null ? null : w.einddatum.toString());
            j.veld("versies", w.versies);
            j.veld("status", t.status());
            j.veld("begindatum", t.begindatum() == null ? null : t.begindatum().toString());
            j.veld("eind", t.eind() == null ? null : t.eind().toString());
            j.veld("eindeDoorToewijzing", t.eindeDoorToewijzing());
            j.getal("wachtdagen", t.gestart() && t.telt() ? t.wachtdagen() : null);
            j.getal("duurdagen", t.eind() != null ? t.duurdagen() : null);
            j.veld("pauzedagen", t.pauzedagen());
            j.veld("starts", t.perioden().size());
            j.sluit();
        }
        j.sluitLijst();
        j.sluit();
        return j.toString();
    }

    private static void uitkomsten(Json j, long[] tel) {
        j.open();
        j.veld("geaccepteerd", tel[0]);
        j.veld("afgekeurd", tel[1]);
        j.veld("schemafout", tel[2]);
        j.sluit();
    }
}
