package nl.twente.ijw.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.twente.ijw.mapping.Segment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The ground truth's indicator values on a small hand-made state, with the expected values
 * counted out by hand (year 2025, reference date 2026-01-01).
 */
class GrondwaarheidTest {

    private static final Regio.Gemeente ENSCHEDE = new Regio.Gemeente("0153", "Enschede", 161_000, 7511, 7548);
    private static final Regio.Aanbieder AANBIEDER = new Regio.Aanbieder("98000001", "Test", 1, Set.of());
    private static final Product VERBLIJF = new Product("43", "43B01", Segment.VERBLIJF, "RESIDENTIEEL",
            new Product.Omvang(31, "14", "4"), true);
    private static final Product BEGELEIDING = new Product("45", "45A01", Segment.AMBULANT, "BEGELEIDING",
            new Product.Omvang(3, "04", "2"), false);

    private static final List<Toewijzing> STAND = new ArrayList<>();
    private static Map<String, Grondwaarheid.Cel> cellen;

    @BeforeAll
    static void stand() {
        Jeugdige j1 = jeugdige(1);
        Jeugdige j2 = jeugdige(2);
        Jeugdige j3 = jeugdige(3);
        Jeugdige j4 = jeugdige(4);
        Jeugdige j5 = jeugdige(5);
        Jeugdige j6 = jeugdige(6);
        Jeugdige j7 = jeugdige(7);

        // j1 verblijf: waits 40 days, pause 2025-03-01..03-11, ends 2025-05-01: 50 + 51 care days.
        Toewijzing t1 = toewijzing(j1, VERBLIJF, "2024-12-01", "2025-01-01", null);
        t1.start(d("2025-01-10"));
        t1.stop(d("2025-01-10"), "20", d("2025-03-01"));
        t1.start(d("2025-03-11"));
        t1.stop(d("2025-03-11"), "31", d("2025-05-01"));
        // j2 verblijf since 2024, open: runs to the reference date, 365 days in 2025, started before 2025.
        Toewijzing t2 = toewijzing(j2, VERBLIJF, "2024-05-01", "2024-05-01", null);
        t2.start(d("2024-06-01"));
        // j3 verblijf: waits 59 days, starts and stops the same day: 1 care day.
        Toewijzing t3 = toewijzing(j3, VERBLIJF, "2025-02-01", "2025-02-01", null);
        t3.start(d("2025-04-01"));
        t3.stop(d("2025-04-01"), "38", d("2025-04-01"));
        // j1 begeleiding: waits 9 days, no stop: ends with the toewijzing on 2025-06-30 (171 days).
        Toewijzing t4 = toewijzing(j1, BEGELEIDING, "2025-01-01", "2025-01-01", "2025-06-30");
        t4.start(d("2025-01-10"));
        // j4 begeleiding: waits 28 days, 60 days.
        Toewijzing t5 = toewijzing(j4, BEGELEIDING, "2025-02-01", "2025-02-01", "2025-12-31");
        t5.start(d("2025-03-01"));
        t5.stop(d("2025-03-01"), "31", d("2025-04-30"));
        // j4: a removed toewijzing with a start counts nowhere.
        Toewijzing t6 = toewijzing(j4, BEGELEIDING, "2025-01-01", "2025-01-01", "2025-06-30");
        t6.start(d("2025-01-02"));
        t6.versie(d("2025-01-03"), d("2025-01-01"), "13");
        // j5: toewijzing periods ending 2024-07-01 and starting 2025-01-01: 183 days uncovered, re-entry.
        toewijzing(j5, BEGELEIDING, "2024-01-01", "2024-01-01", "2024-07-01");
        toewijzing(j5, BEGELEIDING, "2025-01-01", "2025-01-01", "2025-03-31");
        // j6: ending 2024-07-02: 182 days, the same episode.
        toewijzing(j6, BEGELEIDING, "2024-01-01", "2024-01-01", "2024-07-02");
        toewijzing(j6, BEGELEIDING, "2025-01-01", "2025-01-01", "2025-03-31");
        // j7: only a removed toewijzing before: no earlier episode.
        Toewijzing t7 = toewijzing(j7, BEGELEIDING, "2024-01-01", "2024-01-01", "2024-03-31");
        t7.versie(d("2024-01-02"), d("2024-01-01"), "13");
        toewijzing(j7, BEGELEIDING, "2025-01-01", "2025-01-01", "2025-03-31");

        Grondwaarheid g = new Grondwaarheid(STAND, d("2026-01-01"));
        cellen = new LinkedHashMap<>();
        for (Grondwaarheid.Cel c : g.indicatoren(2025)) {
            cellen.put(c.id(), c);
        }
    }

    @Test
    void v1JongerenInVerblijf() {
        assertThat(cellen.get("V1").waarde()).isEqualTo(3L);
    }

    @Test
    void v3EtmalenZonderPauzeMetOpenTrajectTotDePeildatum() {
        // 50 + 51 (j1) + 365 (j2) + 1 (j3)
        assertThat(cellen.get("V3").waarde()).isEqualTo(467L);
    }

    @Test
    void v6PlaatsingOpTijd() {
        assertThat(cellen.get("V6")).isEqualTo(new Grondwaarheid.Cel("V6", 0.5, 2L));
    }

    @Test
    void v8HerinstroomVanaf183Dagen() {
        assertThat(cellen.get("V8").waarde()).isEqualTo(1L);
    }

    @Test
    void a1DuurMetEindeDoorToewijzing() {
        assertThat(cellen.get("A1.begeleiding.gemiddeld")).isEqualTo(new Grondwaarheid.Cel("A1.begeleiding.gemiddeld", 115.5, 2L));
        assertThat(cellen.get("A1.begeleiding.mediaan")).isEqualTo(new Grondwaarheid.Cel("A1.begeleiding.mediaan", 115.5, 2L));
        assertThat(cellen.get("A1.behandeling.gemiddeld")).isEqualTo(new Grondwaarheid.Cel("A1.behandeling.gemiddeld", null, 0L));
    }

    @Test
    void a3JongerenMetAmbulanteZorg() {
        assertThat(cellen.get("A3").waarde()).isEqualTo(2L);
    }

    @Test
    void a5StartOpTijd() {
        assertThat(cellen.get("A5.begeleiding")).isEqualTo(new Grondwaarheid.Cel("A5.begeleiding", 0.5, 2L));
        assertThat(cellen.get("A5.dyslexie")).isEqualTo(new Grondwaarheid.Cel("A5.dyslexie", null, 0L));
    }

    @Test
    void trajectMetPauze() {
        Traject t = Traject.van(STAND.get(0), d("2026-01-01"));
        assertThat(t.status()).isEqualTo("ENDED");
        assertThat(t.begindatum()).isEqualTo(d("2025-01-10"));
        assertThat(t.eind()).isEqualTo(d("2025-05-01"));
        assertThat(t.pauzedagen()).isEqualTo(10);
        assertThat(t.duurdagen()).isEqualTo(111);
        assertThat(t.wachtdagen()).isEqualTo(40);
    }

    private static Jeugdige jeugdige(int n) {
        return new Jeugdige(n, "12345678" + n, d("2012-01-01"), "1", "Test", "T", ENSCHEDE, "Markt", 1, "7511AB");
    }

    private static Toewijzing toewijzing(Jeugdige j, Product p, String toewijzingsdatum, String ingang, String eind) {
        Toewijzing t = new Toewijzing(100_000 + STAND.size(), j, AANBIEDER, p, Zorgvorm.BEGELEIDING, "01", d(ingang));
        t.versie(d(toewijzingsdatum), eind == null ? null : d(eind), null);
        STAND.add(t);
        return t;
    }

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }
}
