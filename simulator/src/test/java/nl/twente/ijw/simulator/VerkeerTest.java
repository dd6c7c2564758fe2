package nl.twente.ijw.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The traffic obeys the rules a sender must keep, so the gateway accepts every message that is not deliberately faulty. */
class VerkeerTest {

    private static Simulatie sim;

    @BeforeAll
    static void simuleer() {
        sim = Simulator.simuleer(new Instellingen(5, 2024, 2025, 300, 0.03, 1, Path.of("niet-gebruikt")));
    }

    @Test
    void bestandsnamenVolgenDeVerwerkingsvolgordeVanImport() {
        List<Bericht> volgens = sim.berichten.stream()
                .sorted(Comparator.comparing((Bericht b) -> b.dagtekening.toString()).thenComparing(b -> b.bestand))
                .toList();
        assertThat(volgens).containsExactlyElementsOf(sim.berichten);
    }

    @Test
    void identificatieUniekPerAfzender() {
        Set<String> gezien = new HashSet<>();
        for (Bericht b : sim.berichten) {
            assertThat(gezien.add(b.afzender + "/" + b.identificatie)).as(b.bestand).isTrue();
            assertThat(b.identificatie.length()).isLessThanOrEqualTo(12);
        }
    }

    @Test
    void dagtekeningNietVoorDeGebeurtenisEnNietNaDeHorizon() {
        for (Bericht b : sim.berichten) {
            if (b.fout == Bericht.Fout.DAGTEKENING_IN_TOEKOMST) {
                assertThat(b.dagtekening).isEqualTo(LocalDate.of(2099, 12, 31));
                continue;
            }
            assertThat(b.dagtekening).as(b.bestand).isAfterOrEqualTo(b.gebeurtenis).isBeforeOrEqualTo(sim.horizon);
            if (b.inhoud instanceof Bericht.ToewijzingRegel r) {
                assertThat(r.toewijzingsdatum()).as(b.bestand).isBeforeOrEqualTo(b.dagtekening);
            } else if (b.inhoud instanceof Bericht.StartRegel r) {
                assertThat(r.begindatum()).as(b.bestand).isBeforeOrEqualTo(b.dagtekening);
            } else if (b.inhoud instanceof Bericht.StopRegel r) {
                assertThat(r.einddatum()).as(b.bestand).isBeforeOrEqualTo(b.dagtekening);
            }
        }
    }

    @Test
    void bsnVoldoetAanDeElfproefBehalveDeFouteBsn() {
        for (Bericht b : sim.berichten) {
            if (b.jeugdige != null) {
                assertThat(elfproef(b.jeugdige.bsn())).as(b.jeugdige.bsn()).isTrue();
                assertThat(elfproef(Fouten.ongeldigeBsn(b.jeugdige.bsn()))).isFalse();
            }
        }
    }

    /**
     * Replays the valid messages in file order: a start or stop only on a toewijzing that was
     * sent and not removed, no new start while one runs (TR326), a stop names the latest start
     * (TR382), a withdrawal names an existing start without a stop (TR063, TR071), a new
     * version keeps client, provider, product and Ingangsdatum and has a later Toewijzingsdatum.
     */
    @Test
    void geldigeBerichtenVolgenDeRegelsVanDeStandaard() {
        Map<Long, LocalDate> versie = new HashMap<>();
        Set<Long> verwijderd = new HashSet<>();
        Map<Long, java.util.TreeMap<LocalDate, Boolean>> starts = new HashMap<>();
        Set<String> referenties = new HashSet<>();
        int versies = 0;
        int intrekkingen = 0;
        int pauzes = 0;
        for (Bericht b : sim.berichten) {
            if (b.fout != null) {
                continue;
            }
            if (b.inhoud instanceof Bericht.ToewijzingRegel r) {
                long n = r.toewijzing().nummer;
                LocalDate vorige = versie.put(n, r.toewijzingsdatum());
                if (vorige != null) {
                    versies++;
                    assertThat(r.toewijzingsdatum()).as(b.bestand).isAfter(vorige);
                    assertThat(r.referentieAanbieder()).as("TR379: alleen de eerste versie").isNull();
                }
                if ("13".equals(r.redenWijziging())) {
                    assertThat(r.einddatum()).as("CS335").isEqualTo(r.toewijzing().ingangsdatum);
                    assertThat(starts.getOrDefault(n, new java.util.TreeMap<>())).isEmpty();
                    verwijderd.add(n);
                }
                if (r.einddatum() != null) {
                    assertThat(r.einddatum()).as("CS003").isAfterOrEqualTo(r.toewijzing().ingangsdatum);
                }
            } else if (b.inhoud instanceof Bericht.StartRegel r) {
                long n = r.toewijzing().nummer;
                assertThat(versie).as("TR019: %s", b.bestand).containsKey(n);
                assertThat(verwijderd).doesNotContain(n);
                var s = starts.computeIfAbsent(n, k -> new java.util.TreeMap<>());
                if (r.status() == 1) {
                    assertThat(s.containsValue(false)).as("TR326: %s", b.bestand).isFalse();
                    assertThat(s).as("TR074").doesNotContainKey(r.begindatum());
                    assertThat(r.begindatum()).isAfterOrEqualTo(r.toewijzing().ingangsdatum);
                    s.put(r.begindatum(), false);
                } else {
                    assertThat(s.get(r.begindatum())).as("TR063/TR071: %s", b.bestand).isFalse();
                    s.remove(r.begindatum());
                    intrekkingen++;
                }
            } else if (b.inhoud instanceof Bericht.StopRegel r) {
                var s = starts.get(r.toewijzing().nummer);
                assertThat(s).as(b.bestand).isNotNull();
                assertThat(s.lastKey()).as("TR382: %s", b.bestand).isEqualTo(r.begindatum());
                assertThat(r.einddatum()).as("TR018").isAfterOrEqualTo(r.begindatum());
                s.put(r.begindatum(), true);
                if ("20".equals(r.reden())) {
                    pauzes++;
                }
            } else if (b.inhoud instanceof Bericht.Verzoek r) {
                assertThat(referenties.add(b.afzender + r.referentieAanbieder())).as("TR347").isTrue();
            }
        }
        assertThat(versies).as("nieuwe versies").isPositive();
        assertThat(intrekkingen).as("ingetrokken starts").isPositive();
        assertThat(pauzes).as("tijdelijke stops").isPositive();
        assertThat(verwijderd).as("verwijderde toewijzingen").isNotEmpty();
    }

    @Test
    void veertienGemeentenNaarGrootte() {
        Map<String, Integer> perGemeente = new HashMap<>();
        for (Jeugdige j : sim.jeugdigen) {
            perGemeente.merge(j.gemeente().naam(), 1, Integer::sum);
        }
        assertThat(perGemeente).hasSize(14);
        int enschede = perGemeente.get("Enschede");
        assertThat(perGemeente.values()).allMatch(n -> n <= enschede);
        assertThat(perGemeente.get("Tubbergen")).isLessThan(perGemeente.get("Hengelo"));
    }

    @Test
    void ongeveer150AanbiedersMetAgbCode() {
        List<Regio.Aanbieder> aanbieders = Regio.twente().aanbieders;
        assertThat(aanbieders).hasSize(150);
        assertThat(aanbieders).allMatch(a -> a.agb().matches("[0-9]{8}"));
        assertThat(aanbieders.stream().map(Regio.Aanbieder::agb).distinct()).hasSize(150);
    }

    static boolean elfproef(String bsn) {
        if (!bsn.matches("[0-9]{9}")) {
            return false;
        }
        int som = 0;
        for (int i = 0; i < 8; i++) {
            som += (9 - i) * (bsn.charAt(i) - '0');
        }
        som -= bsn.charAt(8) - '0';
        return som % 11 == 0;
    }
}
