package nl.twente.ijw.gateway.facts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Derives the trajectories of what a bulk import noted ({@link TrajectTabel}, table
 * {@code traject_achterstand}, V19) in one set-based pass: the import calls it after its batches,
 * and every start calls it for what an import that stopped half-way left.
 */
@Service
public class TrajectAchterstand implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(TrajectAchterstand.class);

    /**
     * Up to this many noted messages are derived key by key, as a live transaction does, with a
     * journal of the clients; more at once over the whole view, whose cost does not grow with them.
     */
    static final int PER_SLEUTEL_TOT = 2_000;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactie;

    public TrajectAchterstand(JdbcTemplate jdbcTemplate, PlatformTransactionManager transacties) {
        this.jdbc = JdbcClient.create(jdbcTemplate);
        this.transactie = new TransactionTemplate(transacties);
        this.transactie.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Messages whose trajectories wait for a pass. */
    public long wachtend() {
        return jdbc.sql("select count(*) from traject_achterstand").query(Long.class).single();
    }

    /** Derives everything noted, in a transaction of its own; returns how many trajectories it derived. */
    public int afleiden() {
        for (int poging = 1; ; poging++) {
            try {
                return transactie.execute(s -> jdbc.sql("select traject_achterstand_afleiden(?)")
                        .param(PER_SLEUTEL_TOT).query(Integer.class).single());
            } catch (TransientDataAccessException | DataIntegrityViolationException e) {
                // A live message derived one of these trajectories at the same moment, on another
                // instance: the pass rolled back whole, and runs again on what that one committed.
                if (poging == 3) {
                    throw e;
                }
                LOG.info("trajecten van de import opnieuw afgeleid na {}", e.getClass().getSimpleName());
            }
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            long wachtend = wachtend();
            if (wachtend > 0) {
                long begin = System.nanoTime();
                int n = afleiden();
                LOG.info("{} trajecten afgeleid van {} berichten die een onderbroken import naliet ({} ms)", n, wachtend,
                        (System.nanoTime() - begin) / 1_000_000);
            }
        } catch (DataAccessException e) {
            // The database may be away at the start; the next start, or the next import, derives them.
            LOG.warn("trajecten van een onderbroken import niet afgeleid: {}", e.toString());
        }
    }
}
