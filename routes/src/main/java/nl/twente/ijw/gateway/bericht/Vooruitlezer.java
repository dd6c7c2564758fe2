package nl.twente.ijw.gateway.bericht;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Works ahead on a list on other threads, while the caller takes the results one by one in the
 * list's order: reading and schema validation are the CPU part of the intake and need no
 * state, so they run in parallel ahead of the judging, which stays in order on one thread.
 * At most {@code vooruit} results wait, so memory stays bounded on a million files.
 */
public final class Vooruitlezer<T, R> implements AutoCloseable {

    private final List<T> items;
    private final Function<T, R> werk;
    private final int vooruit;
    private final ExecutorService draden;
    private final Future<?>[] wachtend;
    private int volgende;

    public Vooruitlezer(List<T> items, Function<T, R> werk, int vooruit, int aantalDraden) {
        this.items = items;
        this.werk = werk;
        this.vooruit = Math.max(1, vooruit);
        this.wachtend = new Future<?>[this.vooruit];
        AtomicInteger teller = new AtomicInteger();
        this.draden = Executors.newFixedThreadPool(Math.max(1, aantalDraden), r -> {
            Thread t = new Thread(r, "ijw-vooruitlezer-" + teller.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * One thread per core, leaving one for the caller, at least one and at most eight (the
     * rebuild's threads each borrow a connection from the pool of ten).
     */
    public static int standaardDraden() {
        return Math.min(8, Math.max(1, Runtime.getRuntime().availableProcessors() - 1));
    }

    /** The result for item {@code i}; call with 0, 1, 2, ... in order. */
    @SuppressWarnings("unchecked")
    public R get(int i) {
        if (i != volgende) {
            throw new IllegalStateException("op volgorde: verwacht " + volgende + ", gevraagd " + i);
        }
        // Keep the window full: items i .. i+vooruit-1 are submitted (or done).
        for (int j = i; j < Math.min(items.size(), i + vooruit); j++) {
            if (wachtend[j % vooruit] == null) {
                T item = items.get(j);
                wachtend[j % vooruit] = draden.submit(() -> werk.apply(item));
            }
        }
        Future<?> f = wachtend[i % vooruit];
        wachtend[i % vooruit] = null;
        volgende++;
        try {
            return (R) f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        draden.shutdownNow();
    }
}
