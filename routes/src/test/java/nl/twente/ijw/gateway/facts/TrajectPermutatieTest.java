package nl.twente.ijw.gateway.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import nl.twente.ijw.gateway.archief.Uitkomst;
import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;

/**
 * OP080 / INDICATORS.md §4: the arrival order means nothing. Every order of a few small
 * histories, and seeded random orders of a larger one, must give the same trajectory.
 *
 * <p>A rule may reject a message that arrives before what it refers to (a start before its
 * toewijzing gets 9019); a rejected message counts as never sent (OP286), and its sender sends
 * it again after reading the retour. The test models that: the rejected messages of a round
 * are sent again (each time with a new Identificatie) after the others, round after round,
 * until all are accepted or a round accepts nothing more.
 */
class TrajectPermutatieTest extends TrajectTestBasis {

    /** What differs per client and per run: the key, the pseudonym and the change number. */
    private static final String[] IDENTITEIT = {"toewijzingNummer", "client", "wijziging"};

    /** One message of a history, built for a client's BSN and toewijzingnummer. */
    private record Stap(String naam, Function<Jeugdige, TestBericht> bouw, String startdatum) {
        Stap(String naam, Function<Jeugdige, TestBericht> bouw) {
            this(naam, bouw, null);
        }

        static Stap start(String begindatum) {
            return new Stap("start " + begindatum.substring(5), j -> TrajectTestBasis.start(j.bsn(), j.nummer(), begindatum),
                    begindatum);
        }
    }

    private record Jeugdige(String bsn, long nummer) {
        static Jeugdige nieuw() {
            return new Jeugdige(TestBericht.uniekeBsn(), TestBericht.uniekNummer());
        }
    }

    // History 1: a toewijzing, a later version that shortens it, a start and a definitive stop.
    private static final List<Stap> INGEKORT_EN_GESTOPT = List.of(
            new Stap("toewijzing v1", j -> toewijzing(j.bsn(), j.nummer())),
            new Stap("toewijzing v2 (ingekort)", j -> ingekort(j.bsn(), j.nummer())),
            Stap.start("2026-03-02"),
            new Stap("stop 33 op 05-31", j -> stop(j.bsn(), j.nummer(), "2026-03-02", "33", "2026-05-31")));

    private static final Traject INGEKORT_EN_GESTOPT_VERWACHT = new Traject("0153", 0, null, "87654321", "45", "45A01",
            "AMBULANT", "BEGELEIDING", false, d("2026-05-01"), d("2026-03-01"), d("2026-06-30"), "05", 2,
            // wait_days from the original decision (v1, 2026-03-01), not from v2 (2026-05-01): 1, not -60.
            d("2026-03-02"), 1, d("2026-05-31"), "33", 1, 0, 90, false, Traject.Status.ENDED, 0, d("2026-03-01"), "01", null, null, 2014, 11);

    // History 2: a start sent by mistake, withdrawn (StatusAanlevering 3) and sent again with the right date.
    private static final List<Stap> START_INGETROKKEN_EN_OPNIEUW = List.of(
            new Stap("toewijzing", j -> toewijzing(j.bsn(), j.nummer())),
            Stap.start("2026-03-02"),
            new Stap("intrekking start 03-02",
                    j -> start(j.bsn(), j.nummer(), "2026-03-02").zet(START + "/StatusAanlevering", "3")),
            Stap.start("2026-03-09"));

    private static final Traject START_INGETROKKEN_VERWACHT = new Traject("0153", 0, null, "87654321", "45", "45A01",
            "AMBULANT", "BEGELEIDING", false, d("2026-03-01"), d("2026-03-01"), d("2026-12-31"), null, 1,
            d("2026-03-09"), 8, null, null, 1, 0, null, false, Traject.Status.ACTIVE, 0, d("2026-03-01"), "01", null, null, 2014, 11);

    // History 3: a pause (stop reden 20) and a new start on the same toewijzing.
    private static final List<Stap> PAUZE = List.of(
            new Stap("toewijzing", j -> toewijzing(j.bsn(), j.nummer())),
            Stap.start("2026-03-02"),
            new Stap("stop 20 op 04-30", j -> stop(j.bsn(), j.nummer(), "2026-03-02", "20", "2026-04-30")),
            Stap.start("2026-05-04"));

    private static final Traject PAUZE_VERWACHT = new Traject("0153", 0, null, "87654321", "45", "45A01",
            "AMBULANT", "BEGELEIDING", false, d("2026-03-01"), d("2026-03-01"), d("2026-12-31"), null, 1,
            d("2026-03-02"), 1, null, null, 2, 4, null, false, Traject.Status.ACTIVE, 0, d("2026-03-01"), "01", null, null, 2014, 11);

    @Test
    void elkeVolgordeVanToewijzingVersiesStartEnStopGeeftHetzelfdeTraject() {
        elkeVolgorde(INGEKORT_EN_GESTOPT, INGEKORT_EN_GESTOPT_VERWACHT);
    }

    @Test
    void elkeVolgordeVanEenIngetrokkenEnOpnieuwGezondenStartGeeftHetzelfdeTraject() {
        elkeVolgorde(START_INGETROKKEN_EN_OPNIEUW, START_INGETROKKEN_VERWACHT);
    }

    @Test
    void elkeVolgordeVanEenPauzeGeeftHetzelfdeTraject() {
        elkeVolgorde(PAUZE, PAUZE_VERWACHT);
    }

    @Test
    void willekeurigeVolgordesVanTienJeugdigenGevenDezelfdeTrajecten() {
        List<List<Stap>> geschiedenissen = List.of(INGEKORT_EN_GESTOPT, START_INGETROKKEN_EN_OPNIEUW, PAUZE);
        List<Traject> verwacht = List.of(INGEKORT_EN_GESTOPT_VERWACHT, START_INGETROKKEN_VERWACHT, PAUZE_VERWACHT);
        for (long zaad : new long[] {20261123L, 7L, 42L}) {
            Random random = new Random(zaad);
            Map<Jeugdige, Integer> jeugdigen = new LinkedHashMap<>();
            List<Bericht> alles = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                Jeugdige j = Jeugdige.nieuw();
                jeugdigen.put(j, i % 3);
                geschiedenissen.get(i % 3).forEach(s -> alles.add(new Bericht(j, s)));
            }
            Collections.shuffle(alles, random);
            List<String> nooitAanvaard = stuurTotNietsMeerLukt(alles);
            assertThat(nooitAanvaard).as("zaad %d", zaad).isEmpty();
            jeugdigen.forEach((j, soort) -> assertThat(traject("0153", j.nummer()))
                    .as("zaad %d, geschiedenis %d", zaad, soort)
                    .usingRecursiveComparison().ignoringFields(IDENTITEIT).isEqualTo(verwacht.get(soort)));
        }
    }

    private record Bericht(Jeugdige jeugdige, Stap stap) {
    }

    private void elkeVolgorde(List<Stap> stappen, Traject verwacht) {
        List<List<Stap>> volgordes = permutaties(stappen);
        assertThat(volgordes).hasSize(24);
        for (List<Stap> volgorde : volgordes) {
            Jeugdige j = Jeugdige.nieuw();
            List<String> nooitAanvaard = stuurTotNietsMeerLukt(volgorde.stream().map(s -> new Bericht(j, s)).toList());
            String beschrijving = volgorde.stream().map(Stap::naam).toList().toString();
            assertThat(nooitAanvaard).as("volgorde %s", beschrijving).isEmpty();
            assertThat(traject("0153", j.nummer())).as("volgorde %s", beschrijving)
                    .usingRecursiveComparison().ignoringFields(IDENTITEIT).isEqualTo(verwacht);
        }
    }

    /**
     * Sends in the given order; the rejected ones again after the others. Returns what never
     * got through. One refusal needs more than patience: a start refused with 9326 (TR326)
     * because a start with a LATER Begindatum runs. The sender then does what the retour
     * advises: it withdraws that later start (StatusAanlevering 3) and sends it again after
     * the earlier start and its stop.
     */
    private List<String> stuurTotNietsMeerLukt(List<Bericht> volgorde) {
        Map<Jeugdige, List<Bericht>> lopendeStarts = new LinkedHashMap<>();
        List<Bericht> teSturen = new ArrayList<>(volgorde);
        for (int ronde = 0; ronde < 20 && !teSturen.isEmpty(); ronde++) {
            List<Bericht> afgekeurd = new ArrayList<>();
            List<Bericht> ingetrokken = new ArrayList<>();
            boolean voortgang = false;
            for (Bericht b : teSturen) {
                Verwerking v = ontvang(b.stap().bouw().apply(b.jeugdige()));
                List<Bericht> lopend = lopendeStarts.computeIfAbsent(b.jeugdige(), j -> new ArrayList<>());
                if (v.uitkomst() == Uitkomst.GEACCEPTEERD) {
                    voortgang = true;
                    if (b.stap().startdatum() != null) {
                        lopend.add(b);
                    }
                    continue;
                }
                afgekeurd.add(b);
                if (b.stap().startdatum() != null && v.bevindingen().stream().anyMatch(f -> f.regel().equals("TR326"))) {
                    for (Bericht later : List.copyOf(lopend)) {
                        if (later.stap().startdatum().compareTo(b.stap().startdatum()) > 0) {
                            accepteer(start(later.jeugdige().bsn(), later.jeugdige().nummer(), later.stap().startdatum())
                                    .zet(START + "/StatusAanlevering", "3"));
                            lopend.remove(later);
                            ingetrokken.add(later);
                            voortgang = true;
                        }
                    }
                }
            }
            afgekeurd.addAll(ingetrokken);
            teSturen = afgekeurd;
            if (!voortgang) {
                break;
            }
        }
        return teSturen.stream().map(b -> b.stap().naam()).toList();
    }

    private static <T> List<List<T>> permutaties(List<T> elementen) {
        if (elementen.isEmpty()) {
            return List.of(List.of());
        }
        List<List<T>> uit = new ArrayList<>();
        for (int i = 0; i < elementen.size(); i++) {
            List<T> rest = new ArrayList<>(elementen);
            T eerste = rest.remove(i);
            for (List<T> p : permutaties(rest)) {
                List<T> volgorde = new ArrayList<>();
                volgorde.add(eerste);
                volgorde.addAll(p);
                uit.add(volgorde);
            }
        }
        return uit;
    }

    private static LocalDate d(String datum) {
        return LocalDate.parse(datum);
    }
}
