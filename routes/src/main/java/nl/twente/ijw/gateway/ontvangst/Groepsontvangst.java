package nl.twente.ijw.gateway.ontvangst;

import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import nl.twente.ijw.gateway.archief.Aanlevering;
import nl.twente.ijw.gateway.archief.Archief;
import nl.twente.ijw.gateway.bericht.BerichtLezer;
import nl.twente.ijw.gateway.config.GatewayProperties;
import nl.twente.ijw.gateway.config.IntakeProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Group commit for the channels whose senders wait for an answer (HTTP, JMS). Messages that
 * arrive while batches are being received wait for the next one; a receiving thread
 * ({@code ijw.intake.ontvangers}, 2) receives each batch
 * in one transaction ({@link Partijverwerking}: in arrival order, each judged against what the
 * ones before it stored) and every caller gets its own outcome after that commit. So under load
 * there is one commit for many messages instead of one each, and without load a batch is one
 * message that waits for nothing. Reading and schema validation stay on the caller's thread,
 * side by side.
 */
@Service
public class Groepsontvangst {

    private static final Logger LOG = LoggerFactory.getLogger(Groepsontvangst.class);

    private record Opdracht(Aanlevering aanlevering, CompletableFuture<Verwerking> uitkomst) {
    }

    private final Partijverwerking partijverwerking;
    private final Ontvangst ontvangst;
    private final BerichtLezer lezer;
    private final Archief archief;
    private final long maxGrootte;
    private final int maxPartij;
    private final BlockingQueue<Opdracht> wachtrij = new LinkedBlockingQueue<>();
    private final List<Thread> ontvangers = new ArrayList<>();
    private volatile boolean actief = true;

    public Groepsontvangst(Partijverwerking partijverwerking, Ontvangst ontvangst, BerichtLezer lezer, Archief archief,
                           GatewayProperties properties, IntakeProperties intake) {
        this.partijverwerking = partijverwerking;
        this.archief = archief;
        this.ontvangst = ontvangst;
        this.lezer = lezer;
        this.maxGrootte = properties.getMaxBerichtGrootte().toBytes();
        this.maxPartij = Math.max(1, intake.getMaxPartij());
        // More than one: a single receiving thread got too small a share of the CPU beside the
        // intake's other threads under overload (27 instead of 100 messages/s received at 500/s
        // offered). Two batches side by side are two transactions, as two messages were before;
        // a deadlock between them rolls one back, and its messages are received one by one.
        for (int i = 1; i <= Math.max(1, intake.getOntvangers()); i++) {
            Thread t = new Thread(this::draai, "groepsontvangst-" + i);
            t.setDaemon(true);
            t.start();
            this.ontvangers.add(t);
        }
    }

    /** The outcome of this input, committed when this returns; a failure of its own is thrown here. */
    public Verwerking ontvang(Aanlevering aanlevering) throws InterruptedException {
        // An oversized input is refused unread by the intake itself. Reading and the archive form
        // are made here, on the caller's thread, side by side; the batch's thread only judges.
        Aanlevering gelezen = aanlevering.vooraf() != null || aanlevering.inhoud().length > maxGrootte ? aanlevering
                : aanlevering.metVooraf(lezer.lees(aanlevering.inhoud()), archief.verzegel(aanlevering.inhoud()));
        if (!actief) {
            throw new IllegalStateException("de gateway stopt; het bericht is niet ontvangen");
        }
        Opdracht opdracht = new Opdracht(gelezen, new CompletableFuture<>());
        wachtrij.put(opdracht);
        try {
            return opdracht.uitkomst().get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Inputs waiting for the next batch. */
    public int wachtend() {
        return wachtrij.size();
    }

    private void draai() {
        List<Opdracht> partij = new ArrayList<>(maxPartij);
        while (actief || !wachtrij.isEmpty()) {
            try {
                Opdracht eerste = wachtrij.poll(200, TimeUnit.MILLISECONDS);
                if (eerste == null) {
                    continue;
                }
                partij.add(eerste);
                wachtrij.drainTo(partij, maxPartij - 1);
                ontvang(partij);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (Throwable t) {
                // Never leave a caller waiting: whatever broke, each caller hears of it.
                LOG.error("partij van {} berichten niet ontvangen", partij.size(), t);
                partij.forEach(o -> o.uitkomst().completeExceptionally(t));
            } finally {
                partij.clear();
            }
        }
        Opdracht rest;
        while ((rest = wachtrij.poll()) != null) {
            rest.uitkomst().completeExceptionally(new IllegalStateException("de gateway stopt; het bericht is niet ontvangen"));
        }
    }

    private void ontvang(List<Opdracht> partij) {
        List<Partijverwerking.Uitslag> uitslagen = partijverwerking.verwerkElk(
                partij.stream().map(Opdracht::aanlevering).toList(), ontvangst::verwerk);
        for (int i = 0; i < partij.size(); i++) {
            Partijverwerking.Uitslag u = uitslagen.get(i);
            if (u.fout() == null) {
                partij.get(i).uitkomst().complete(u.verwerking());
            } else {
                partij.get(i).uitkomst().completeExceptionally(u.fout());
            }
        }
    }

    /** The channels have stopped (their routes end before the beans): receive what still waits, then end. */
    @PreDestroy
    void stop() throws InterruptedException {
        actief = false;
        for (Thread t : ontvangers) {
            t.join(TimeUnit.SECONDS.toMillis(30));
        }
    }
}
