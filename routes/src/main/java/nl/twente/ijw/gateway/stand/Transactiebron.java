package nl.twente.ijw.gateway.stand;

import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A value that lives as long as the current transaction: made on first use, bound to the
 * transaction, optionally handed to a step just before the commit, and forgotten when the
 * transaction ends (commit or rollback).
 */
public final class Transactiebron {

    private Transactiebron() {
    }

    /** The value under {@code sleutel} in this transaction; call only with synchronization active. */
    public static <T> T van(Object sleutel, Supplier<T> maker) {
        return van(sleutel, maker, null);
    }

    /** As {@link #van(Object, Supplier)}; {@code voorCommit} gets the value just before the commit. */
    @SuppressWarnings("unchecked")
    public static <T> T van(Object sleutel, Supplier<T> maker, Consumer<T> voorCommit) {
        T waarde = (T) TransactionSynchronizationManager.getResource(sleutel);
        if (waarde != null) {
            return waarde;
        }
        T nieuw = maker.get();
        TransactionSynchronizationManager.bindResource(sleutel, nieuw);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                if (voorCommit != null) {
                    voorCommit.accept(nieuw);
                }
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(sleutel);
            }
        });
        return nieuw;
    }
}
