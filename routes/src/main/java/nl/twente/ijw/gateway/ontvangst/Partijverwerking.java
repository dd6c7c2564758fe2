package nl.twente.ijw.gateway.ontvangst;

import java.util.List;
import java.util.function.Function;
import nl.twente.ijw.gateway.archief.Aanlevering;
import nl.twente.ijw.gateway.stand.levering.LeveringStand;
import nl.twente.ijw.gateway.storingen.Archiefstoring;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Receives a batch of inputs in one transaction (one commit instead of one per message): each
 * is still judged on its own, in the batch's order, against what the ones before it stored,
 * so two messages of one client or a repeated Identificatie inside a batch are judged as if
 * they came one by one. When something unexpected fails half-way, the whole batch rolls back
 * (nothing of it is archived) and is received again one transaction per message, so only
 * that message fails.
 */
@Component
public class Partijverwerking {

    private static final Logger LOG = LoggerFactory.getLogger(Partijverwerking.class);

    private final TransactionTemplate transactie;

    public Partijverwerking(PlatformTransactionManager transacties) {
        this.transactie = new TransactionTemplate(transacties);
    }

    /**
     * The outcomes in the batch's order, all committed when this returns.
     *
     * @param ontvang one input through the receiving route (which joins the batch's transaction)
     */
    public List<Verwerking> verwerk(List<Aanlevering> partij, Function<Aanlevering, Verwerking> ontvang) {
        try {
            return transactie.execute(status -> partij.stream().map(a -> een(a, ontvang)).toList());
        } catch (RuntimeException e) {
            LOG.warn("partij van {} berichten teruggedraaid ({}); opnieuw, een transactie per bericht", partij.size(),
                    e.toString());
            // Read afresh: the failed attempt may have left a reading half-used.
            return partij.stream().map(a -> een(a.zonderVooraf(), ontvang)).toList();
        }
    }

    /** One message's outcome in a batch: its processing, or what made it fail on its own. */
    public record Uitslag(Verwerking verwerking, RuntimeException fout) {
    }

    /**
     * As {@link #verwerk}, but a message that also fails on its own transaction fails alone:
     * its outcome is the exception and the others are still received. With the database away
     * no message is tried on its own (each would only wait for the database again).
     */
    public List<Uitslag> verwerkElk(List<Aanlevering> partij, Function<Aanlevering, Verwerking> ontvang) {
        try {
            return transactie.execute(status -> partij.stream().map(a -> new Uitslag(een(a, ontvang), null)).toList());
        } catch (RuntimeException e) {
            if (Archiefstoring.is(e)) {
                return partij.stream().map(a -> new Uitslag(null, e)).toList();
            }
            LOG.warn("partij van {} berichten teruggedraaid ({}); opnieuw, een transactie per bericht", partij.size(),
                    e.toString());
            return partij.stream().map(a -> alleen(a, ontvang)).toList();
        }
    }

    private static Uitslag alleen(Aanlevering aanlevering, Function<Aanlevering, Verwerking> ontvang) {
        try {
            return new Uitslag(een(aanlevering.zonderVooraf(), ontvang), null);
        } catch (RuntimeException e) {
            return new Uitslag(null, e);
        }
    }

    private static Verwerking een(Aanlevering aanlevering, Function<Aanlevering, Verwerking> ontvang) {
        // Within one batch transaction the next message must see what the previous one stored.
        LeveringStand.vergeetGelezen();
        return ontvang.apply(aanlevering);
    }
}
