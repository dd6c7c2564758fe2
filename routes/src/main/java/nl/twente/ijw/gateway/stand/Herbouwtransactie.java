package nl.twente.ijw.gateway.stand;

import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Marks the current transaction as the rebuild's. It holds the archive table in share mode, so
 * no message can be received beside it and the per-client locks of the state are not needed;
 * PostgreSQL keeps a transaction's advisory locks until commit, one shared-memory slot each, and
 * a rebuild of the region's archive would run out of them (seen at 27,000 of 290,000 messages).
 */
public final class Herbouwtransactie {

    private static final Object SLEUTEL = Herbouwtransactie.class;

    private Herbouwtransactie() {
    }

    /** Call inside the rebuild's transaction, after its table lock. */
    public static void markeer() {
        Transactiebron.van(SLEUTEL, () -> Boolean.TRUE);
    }

    /** Whether this thread's transaction is the rebuild's (then no per-client lock is taken). */
    public static boolean actief() {
        return TransactionSynchronizationManager.hasResource(SLEUTEL);
    }
}
