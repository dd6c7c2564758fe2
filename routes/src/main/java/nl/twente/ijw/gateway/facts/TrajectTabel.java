package nl.twente.ijw.gateway.facts;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import nl.twente.ijw.gateway.archief.Aanlevering;
import nl.twente.ijw.gateway.archief.Uitkomst;
import nl.twente.ijw.gateway.bericht.BerichtSoort;
import nl.twente.ijw.gateway.ontvangst.NaOntvangst;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import nl.twente.ijw.gateway.stand.Transactiebron;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps the table {@code traject} current (V15): in the transaction of every message that stored
 * state, the trajectories of the clients it changed are derived anew from the view
 * {@code traject_afleiding}, and those clients are written to the journal {@code indicator_mutatie}
 * that the indicators follow. A rejected message stored nothing and changes nothing. The rebuild
 * ({@link Herbouw}) derives the whole table in one statement from the same view, so both give the
 * same rows. A bulk import's batches only note their messages ({@code traject_achterstand}, V19);
 * {@link TrajectAchterstand} derives them afterwards in one set-based pass.
 */
@Component
public class TrajectTabel implements NaOntvangst {

    /** The kinds whose accepted messages write state tables (the Vastlegging implementations). */
    private static final Set<BerichtSoort> MET_STAND = Set.of(BerichtSoort.JW301, BerichtSoort.JW305,
            BerichtSoort.JW307, BerichtSoort.JW315, BerichtSoort.JW317, BerichtSoort.JW319, BerichtSoort.JW323);

    private final JdbcClient jdbc;
    /** What this step adds to the intake of a message (the benchmark reads it from /actuator/metrics). */
    private final Timer duur;

    public TrajectTabel(JdbcTemplate jdbcTemplate, MeterRegistry metrics) {
        this.jdbc = JdbcClient.create(jdbcTemplate);
        this.duur = Timer.builder("ijw.trajecten.bijwerken")
                .description("trajecten en indicatorjournaal bijwerken in de transactie van een bericht").register(metrics);
    }

    @Override
    public void naOntvangst(Aanlevering aanlevering, Verwerking v) {
        // A declaration refused in part (AFGEKEURD) still stores its granted prestaties.
        boolean vastgelegd = v.uitkomst() == Uitkomst.GEACCEPTEERD
                || v.uitkomst() == Uitkomst.AFGEKEURD && v.soort() == BerichtSoort.JW323;
        if (!vastgelegd || !MET_STAND.contains(v.soort())) {
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            duur.record(() -> naBericht(v.berichtId()));
            return;
        }
        // In a transaction (one message, or a batch) the trajectories are derived once, just
        // before the commit, for every message of it: nothing in the transaction reads them (the
        // rules judge against the state tables), and a batch then searches its keys and writes its
        // journal entry once. A bulk import's batch only notes its messages; TrajectAchterstand
        // derives them after the batches, set-based.
        Transactiebron.<Partij>van(this, () -> new Partij(aanlevering.isImport()), this::voorCommit)
                .berichten.add(v.berichtId());
    }

    /** The messages of one transaction that stored state, and whether they came with an import. */
    private record Partij(boolean uitgesteld, List<Long> berichten) {
        Partij(boolean uitgesteld) {
            this(uitgesteld, new ArrayList<>());
        }
    }

    private void voorCommit(Partij partij) {
        long begin = System.nanoTime();
        if (partij.uitgesteld()) {
            noteer(partij.berichten());
        } else {
            naBerichten(partij.berichten());
        }
        // The metric stays a cost per message, as the benchmark reads it.
        long perBericht = (System.nanoTime() - begin) / partij.berichten().size();
        partij.berichten().forEach(b -> duur.record(perBericht, TimeUnit.NANOSECONDS));
    }

    /** Notes these messages for {@link TrajectAchterstand}, in the transaction that stored their state. */
    void noteer(List<Long> berichtIds) {
        jdbc.sql("insert into traject_achterstand (bericht_id) select unnest(cast(? as bigint[]))")
                .param(berichtIds.toArray(Long[]::new))
                .update();
    }

    /** The trajectories of the clients whose state these messages changed, derived anew once. */
    int naBerichten(List<Long> berichtIds) {
        return jdbc.sql("select traject_na_berichten(?)")
                .param(berichtIds.toArray(Long[]::new))
                .query(Integer.class).single();
    }

    /** The trajectories of the clients whose state message {@code berichtId} changed, derived anew. */
    public int naBericht(long berichtId) {
        return jdbc.sql("select traject_na_bericht(?)").param(berichtId).query(Integer.class).single();
    }

    /** Every trajectory derived anew from the state tables (rebuild); the indicators read everything again. */
    public int vernieuwAlles() {
        // What an import noted is derived with everything else.
        jdbc.sql("delete from traject_achterstand").update();
        return jdbc.sql("select traject_vernieuw_alles()").query(Integer.class).single();
    }
}
