package nl.twente.ijw.gateway.archief;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.twente.ijw.gateway.stand.Transactiebron;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes that nothing in the same transaction reads back (a message's outcome, its search keys,
 * its delivery plan) are collected and sent just before the commit, one JDBC batch per
 * statement: a batch of 64 messages then costs a few round trips to PostgreSQL for these
 * instead of three per message, and the driver turns the inserts into multi-row ones. They
 * commit with the rest or not at all, so what the archive promises does not change. A reader
 * that must see them inside the transaction calls {@link #nu()} first.
 */
@Component
public class Verzamelschrijver {

    private final JdbcTemplate jdbc;

    public Verzamelschrijver(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The statement with these parameters, before the commit; outside a transaction at once. */
    public void later(String sql, Object... parameters) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            jdbc.update(sql, parameters);
            return;
        }
        Transactiebron.<Map<String, List<Object[]>>>van(this, LinkedHashMap::new, this::schrijf)
                .computeIfAbsent(sql, s -> new ArrayList<>()).add(parameters);
    }

    /** Sends what is waiting now, for a read in this transaction that must see it. */
    @SuppressWarnings("unchecked")
    public void nu() {
        // Only what this transaction queued; nothing is bound (or registered) just to look.
        Object wachtend = TransactionSynchronizationManager.getResource(this);
        if (wachtend != null) {
            schrijf((Map<String, List<Object[]>>) wachtend);
        }
    }

    private void schrijf(Map<String, List<Object[]>> wachtend) {
        // In the order the statements were first queued: the same order as if sent one by one.
        for (Map.Entry<String, List<Object[]>> e : wachtend.entrySet()) {
            jdbc.batchUpdate(e.getKey(), e.getValue());
        }
        wachtend.clear();
    }
}
