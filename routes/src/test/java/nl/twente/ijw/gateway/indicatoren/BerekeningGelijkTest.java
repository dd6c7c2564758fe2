package nl.twente.ijw.gateway.indicatoren;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.twente.ijw.gateway.facts.Traject;
import org.junit.jupiter.api.Test;

/**
 * Every cell of every year, for the region and for filters, on a generated set of 2,400
 * trajectories of 700 clients (all segments, groups, pauses, stops with reden 20/31/38/39,
 * declared amounts, tariffs, re-entries, transfers, requests), against the values in
 * {@code berekening-verwacht.txt}. Those values were written by the computation as it was
 * before it sorted the members once per filter and computed the years side by side (one pass
 * over all members per indicator, commit bc496ae), so this test says that the faster
 * computation gives every cell, and every explain list in its order, exactly as before.
 */
class BerekeningGelijkTest {

    static final LocalDate PEILDATUM = LocalDate.parse("2026-11-01");
    static final List<Filter> FILTERS = List.of(Filter.REGIO, new Filter("0153", null, null, null),
            new Filter(null, "10000003", null, null), new Filter(null, null, "AMBULANT", null),
            new Filter("0141", null, "VERBLIJF", null));

    @Test
    void elkeCelVanElkJaarAlsVoorheen() throws IOException {
        assertThat(bewaar(uitkomsten(false), "berekening-verwacht.txt")).isEqualTo(verwacht("berekening-verwacht.txt"));
        assertThat(verwacht("berekening-verwacht.txt")).contains("null/null/null 2025 V1: 96 null 96\n",
                "null/null/null 2025 V3: 19207 null 5\n", "null/null/null 2025 V9: 12577.50 96 5\n");
    }

    @Test
    void uitlegAlsVoorheenInDezelfdeVolgorde() throws IOException {
        assertThat(bewaar(uitkomsten(true), "berekening-uitleg-verwacht.txt"))
                .isEqualTo(verwacht("berekening-uitleg-verwacht.txt"));
    }

    /** As Indicatoren computes several years: the members sorted once per filter, the years side by side. */
    @Test
    void jarenNaastElkaarMetEenIndelingAlsVoorheen() throws IOException {
        IndicatorProperties p = new IndicatorProperties();
        Gegevens g = Gegevens.van(gegevens(), PEILDATUM, p.getReentryGap());
        Map<String, Uitkomst> berekend = new java.util.concurrent.ConcurrentHashMap<>();
        for (Filter f : FILTERS) {
            Berekening.Indeling indeling = Berekening.Indeling.van(g, f);
            java.util.stream.IntStream.rangeClosed(2020, 2026).parallel().forEach(jaar -> {
                Berekening b = new Berekening(g, p, f, jaar, false, indeling);
                for (Definitie d : Definitie.ALLE) {
                    berekend.put(f + " " + jaar + " " + d.id(), b.bereken(d.id()));
                }
            });
        }
        StringBuilder uit = new StringBuilder();
        for (Filter f : FILTERS) {
            for (int jaar = 2020; jaar <= 2026; jaar++) {
                for (Definitie d : Definitie.ALLE) {
                    regel(uit, f, jaar, d.id(), berekend.get(f + " " + jaar + " " + d.id()), false);
                }
            }
        }
        assertThat(uit.toString()).isEqualTo(verwacht("berekening-verwacht.txt"));
    }

    @Test
    void kalenderdagenAlsVoorheen() throws IOException {
        IndicatorProperties p = new IndicatorProperties();
        p.setEtmaaltelling(IndicatorProperties.Etmaaltelling.KALENDERDAGEN);
        Gegevens g = Gegevens.van(gegevens(), PEILDATUM, p.getReentryGap());
        StringBuilder uit = new StringBuilder();
        for (int jaar = 2020; jaar <= 2026; jaar++) {
            for (String id : List.of("V1", "V3", "V4", "V9", "A3", "A4")) {
                regel(uit, Filter.REGIO, jaar, id, new Berekening(g, p, Filter.REGIO, jaar, false).bereken(id), false);
            }
        }
        assertThat(bewaar(uit.toString(), "berekening-kalenderdagen-verwacht.txt"))
                .isEqualTo(verwacht("berekening-kalenderdagen-verwacht.txt"));
    }

    /** One line per filter, year and indicator: value, denominator, clients (and the explain list's hash). */
    static String uitkomsten(boolean uitleg) {
        IndicatorProperties p = new IndicatorProperties();
        Gegevens g = Gegevens.van(gegevens(), PEILDATUM, p.getReentryGap());
        StringBuilder uit = new StringBuilder();
        for (Filter f : FILTERS) {
            for (int jaar = 2020; jaar <= 2026; jaar++) {
                for (Definitie d : Definitie.ALLE) {
                    regel(uit, f, jaar, d.id(), new Berekening(g, p, f, jaar, uitleg).bereken(d.id()), uitleg);
                }
            }
        }
        return uit.toString();
    }

    private static void regel(StringBuilder uit, Filter f, int jaar, String id, Uitkomst u, boolean uitleg) {
        uit.append(f.gemeente()).append('/').append(f.aanbieder()).append('/').append(f.segment()).append(' ')
                .append(jaar).append(' ').append(id).append(": ").append(u.waarde()).append(' ').append(u.noemer())
                .append(' ').append(u.clienten());
        if (uitleg) {
            uit.append(' ').append(u.regels().size()).append(' ').append(u.regels().hashCode());
        }
        uit.append('\n');
    }

    /** Keeps what was computed in target/ (to compare by eye when the test fails). */
    static String bewaar(String berekend, String naam) throws IOException {
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", naam + ".berekend"), berekend);
        return berekend;
    }

    static String verwacht(String naam) throws IOException {
        try (InputStream in = BerekeningGelijkTest.class.getResourceAsStream(naam)) {
            return in == null ? "(ontbreekt: " + naam + ")" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static final String[][] PRODUCTEN = {
            {"43", "43B01", "VERBLIJF", null}, {"43", "43A01", "VERBLIJF", null},
            {"45", "45A01", "AMBULANT", "BEGELEIDING"}, {"45", "45B01", "AMBULANT", "BEHANDELING_GROEP"},
            {"45", "45C01", "AMBULANT", "DYSLEXIE"}, {"45", "45D01", "AMBULANT", "SCREENING"},
            {"45", "45E01", "AMBULANT", null}, {"44", "44A01", "AMBULANT_ALTERNATIEF", null},
            {"46", "46A01", "WONEN", null}, {"44", "44W01", "CRISIS", null}, {"47", "47A01", "OVERIG", null}};
    private static final String[] GEMEENTEN = {"0153", "0141", "0147"};
    private static final String[] REDENEN = {"31", "38", "39", "20", "01"};
    private static final String[] VERWIJZERS = {"01", "02", "03", "04", "05", "06", "08", "99", null};

    /** The generated set: the same every run (fixed seed). */
    static Map<String, Clientgegevens> gegevens() {
        Random rnd = new Random(11);
        Map<String, Clientgegevens> basis = new LinkedHashMap<>();
        long nummer = 1;
        long verzoek = 1;
        LocalDate eerste = LocalDate.parse("2020-03-01");
        for (int c = 0; c < 700; c++) {
            String client = "c" + c;
            List<Clientgegevens.Opgeslagen> trajecten = new ArrayList<>();
            List<Verzoekregel> verzoeken = new ArrayList<>();
            Map<String, Map<Integer, Long>> gedeclareerd = new HashMap<>();
            int aantal = 1 + rnd.nextInt(6);
            LocalDate ingang = eerste.plusDays(rnd.nextInt(2300));
            for (int i = 0; i < aantal; i++) {
                String[] product = PRODUCTEN[rnd.nextInt(PRODUCTEN.length)];
                String gemeente = GEMEENTEN[rnd.nextInt(GEMEENTEN.length)];
                String aanbieder = String.valueOf(10000000 + rnd.nextInt(6));
                // the next one follows within days (transfer, outflow, referral) or after a gap (re-entry)
                ingang = ingang.plusDays(rnd.nextInt(3) == 0 ? rnd.nextInt(400) : rnd.nextInt(40));
                if (ingang.isAfter(PEILDATUM.plusDays(60))) {
                    break;
                }
                LocalDate toewijzingsdatum = ingang.minusDays(rnd.nextInt(40));
                LocalDate eersteToewijzing = rnd.nextInt(4) == 0 ? toewijzingsdatum.minusDays(rnd.nextInt(30)) : null;
                LocalDate einddatum = rnd.nextInt(5) == 0 ? null : ingang.plusDays(20 + rnd.nextInt(500));
                LocalDate begin = rnd.nextInt(4) == 0 ? null : ingang.plusDays(rnd.nextInt(90));
                if (begin != null && begin.isAfter(PEILDATUM)) {
                    begin = null;
                }
                LocalDate eindLevering = null;
                String reden = null;
                List<Trajectregel.Pauze> pauzes = List.of();
                if (begin != null && rnd.nextBoolean()) {
                    eindLevering = begin.plusDays(rnd.nextInt(5) == 0 ? 0 : rnd.nextInt(420));
                    if (eindLevering.isAfter(PEILDATUM)) {
                        eindLevering = null;
                    } else {
                        reden = REDENEN[rnd.nextInt(REDENEN.length)];
                    }
                }
                if (begin != null && rnd.nextInt(6) == 0) {
                    LocalDate van = begin.plusDays(5 + rnd.nextInt(60));
                    pauzes = List.of(new Trajectregel.Pauze(van, van.plusDays(1 + rnd.nextInt(90))));
                }
                Traject.Status status = begin == null ? Traject.Status.ALLOCATED
                        : eindLevering != null ? Traject.Status.ENDED : Traject.Status.ACTIVE;
                Integer wacht = begin == null ? null
                        : (int) java.time.temporal.ChronoUnit.DAYS.between(
                                eersteToewijzing != null ? eersteToewijzing : toewijzingsdatum, begin);
                Integer duur = eindLevering == null ? null : (int) java.time.temporal.ChronoUnit.DAYS.between(begin, eindLevering);
                Traject t = new Traject(gemeente, nummer, client, aanbieder, product[0], product[1], product[2], product[3],
                        false, toewijzingsdatum, ingang, einddatum, null, 1, begin, wacht, eindLevering, reden,
                        begin == null ? 0 : 1 + pauzes.size(), 0, duur, false, status, nummer, eersteToewijzing,
                        VERWIJZERS[rnd.nextInt(VERWIJZERS.length)], null, null, 2010, null);
                Long tarief = rnd.nextInt(3) == 0 ? null : 1000L + rnd.nextInt(20000);
                trajecten.add(new Clientgegevens.Opgeslagen(t, pauzes, tarief));
                if (rnd.nextInt(4) == 0) {
                    Map<Integer, Long> perJaar = new HashMap<>();
                    perJaar.put(ingang.getYear(), (long) rnd.nextInt(500_000) - 50_000);
                    if (rnd.nextBoolean()) {
                        perJaar.put(ingang.getYear() + 1, (long) rnd.nextInt(300_000));
                    }
                    gedeclareerd.put(gemeente + "/" + nummer, perJaar);
                }
                if (rnd.nextInt(3) == 0) {
                    LocalDate dagtekening = toewijzingsdatum.minusDays(rnd.nextInt(30));
                    int antwoord = rnd.nextInt(3);
                    verzoeken.add(new Verzoekregel(verzoek++, gemeente, aanbieder, client, dagtekening, product[2], product[3],
                            antwoord == 0 ? nummer : null, antwoord == 0 ? toewijzingsdatum : null,
                            antwoord == 1 ? dagtekening.plusDays(rnd.nextInt(20)) : null));
                }
                nummer += 1 + rnd.nextInt(3);
            }
            if (!trajecten.isEmpty()) {
                basis.put(client, new Clientgegevens(List.copyOf(trajecten), List.copyOf(verzoeken), gedeclareerd));
            }
        }
        return basis;
    }
}
