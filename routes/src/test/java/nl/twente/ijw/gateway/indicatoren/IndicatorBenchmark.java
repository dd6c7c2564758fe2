package nl.twente.ijw.gateway.indicatoren;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Benchmark, not part of the build: fills the state tables with N trajectories directly (SQL,
 * default 1,000,000, about 400,000 youths; 80% started, 50% stopped) and measures the indicators
 * of every year. Run with
 * {@code mvnu -B -q -pl routes -am verify -Dtest=IndicatorBenchmark -Dijw.bench=true [-Dijw.bench.n=1000000]}.
 * docs/indicatoren.md has the numbers.
 */
@CamelSpringBootTest
@SpringBootTest(properties = {"ijw.data-dir=target/test-data/indicatoren-bench", "ijw.kanalen=false",
        "spring.artemis.embedded.enabled=false", "logging.level.nl.twente.ijw.gateway.indicatoren=INFO",
        // the first read is what is timed, not one at the start
        "ijw.indicatoren.voorbereiden=false"})
@EnabledIfSystemProperty(named = "ijw.bench", matches = "true")
class IndicatorBenchmark {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Indicatoren indicatoren;

    @Test
    void alleJarenVanEenMiljoenTrajecten() {
        int n = Integer.getInteger("ijw.bench.n", 1_000_000);
        long t0 = System.nanoTime();
        // -Dijw.bench.hergebruik=true: keep the data of an earlier run of the same size (filling
        // takes a minute or more; only the indicators are timed).
        boolean hergebruik = Boolean.getBoolean("ijw.bench.hergebruik")
                && Long.valueOf(n).equals(jdbc.queryForObject("select count(*) from toewijzing_versie", Long.class));
        if (!hergebruik) {
            vul(n);
        }
        long t1 = System.nanoTime();
        System.out.printf("tabel traject afgeleid: %.1f s%n", (t1 - t0) / 1e9);
        meet(n, t0, System.nanoTime());
    }

    /** Fills the state tables with n trajectories and derives the trajectory table. */
    private void vul(int n) {
        jdbc.execute("truncate toewijzing_versie, zorgstart, zorgstop, verzoek_antwoord, verzoek_product, verzoek, "
                + "declaratie_prestatie, declaratie cascade");
        Long bericht = jdbc.queryForObject("""
                insert into bericht (ontvangen_op, kanaal, sha256, grootte, inhoud_gz, uitkomst)
                values (now(), 'import', '\\x00', 0, '\\x00', 'GEACCEPTEERD') returning id""", Long.class);
        jdbc.update("""
                insert into toewijzing_versie (bericht_id, gemeente, aanbieder, client, toewijzingnummer, product_categorie,
                    product_code, toewijzingsdatum, toewijzingstijd, ingangsdatum, einddatum)
                select ?, (array['0153','0141','0147','0158','0163'])[1 + i % 5], (10000000 + i % 200)::text,
                       'c' || (i % 400000), i, substr(c, 1, 2), c, d - 20, time '10:00', d, d + 365
                from (select i, date '2021-01-01' + (i % 2000) as d,
                             (array['43B01','44A01','45A01','45B01','45C01','45D01','46A01','44W01','45E01'])[1 + i % 9] as c
                      from generate_series(1, ?) i) x""", bericht, n);
        jdbc.update("""
                insert into zorgstart (bericht_id, gemeente, aanbieder, client, toewijzingnummer, product_categorie,
                    product_code, toewijzing_ingangsdatum, begindatum, status_aanlevering)
                select ?, gemeente, aanbieder, client, toewijzingnummer, product_categorie, product_code, ingangsdatum,
                       ingangsdatum + (toewijzingnummer % 60)::int, '1'
                from toewijzing_versie where toewijzingnummer % 10 < 8""", bericht);
        jdbc.update("""
                insert into zorgstop (bericht_id, gemeente, aanbieder, client, toewijzingnummer, product_categorie,
                    product_code, toewijzing_ingangsdatum, begindatum, reden_beeindiging, einddatum, status_aanlevering)
                select ?, gemeente, aanbieder, client, toewijzingnummer, product_categorie, product_code,
                       toewijzing_ingangsdatum, begindatum, '31', begindatum + 100 + (toewijzingnummer % 200)::int, '1'
                from zorgstart where toewijzingnummer % 10 < 5""", bericht);
        // The state tables were filled directly, not through the intake: derive the trajectory table
        // as a rebuild does (V15).
        jdbc.queryForObject("select traject_vernieuw_alles()", Integer.class);
        jdbc.execute("analyze");
    }

    private void meet(int n, long t0, long t1) {
        // CPU time of this thread (the Java side: reading rows, deriving, computing), besides the
        // wall time: on a shared machine the wall time says more about the other processes.
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long c1 = cpu.getCurrentThreadCpuTime();
        // The years are computed side by side: the CPU time of the whole process says what they cost.
        com.sun.management.OperatingSystemMXBean proces =
                (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long p1 = proces.getProcessCpuTime();
        LocalDate peildatum = LocalDate.parse("2026-11-01");
        long g1 = gcMillis();
        indicatoren.stand(peildatum);
        System.out.printf("gelezen en afgeleid: %.1f s (cpu van het proces %.1f s, gc-pauzes %.1f s)%n",
                (System.nanoTime() - t1) / 1e9, (proces.getProcessCpuTime() - p1) / 1e9, (gcMillis() - g1) / 1e3);
        // As the dashboard and the preparation ask: every year at once (computed side by side).
        int cellen = 0;
        for (List<Cel> c : indicatoren.cellen(List.of(2021, 2022, 2023, 2024, 2025, 2026), Filter.REGIO, peildatum).values()) {
            cellen += c.size();
        }
        long t2 = System.nanoTime();
        System.out.printf("%d trajecten gevuld in %.1f s; indicatoren van 2021-2026 (%d cellen) in %.1f s (cpu van deze thread %.1f s, van het proces %.1f s; gc-pauzes %.1f s)%n",
                n, (t1 - t0) / 1e9, cellen, (t2 - t1) / 1e9, (cpu.getCurrentThreadCpuTime() - c1) / 1e9,
                (proces.getProcessCpuTime() - p1) / 1e9, (gcMillis() - g1) / 1e3);
        assertThat(cellen).isEqualTo(6 * Definitie.ALLE.size());
    }

    /** The time the collectors have taken so far (the pauses, for G1's young and mixed collections). */
    private static long gcMillis() {
        return java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime).sum();
    }
}
