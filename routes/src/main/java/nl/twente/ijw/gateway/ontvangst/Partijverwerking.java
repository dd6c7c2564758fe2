package nl.twente.ijw.gateway.ontvangst;

import java.util.List;
import java.util.function.Function;
import nl.twente.ijw.gateway.archief.Aanlevering;
import nl.twente.ijw.gateway.stand.levering.LeveringStand;
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

    private static Verwerking een(Aanlevering aanlevering, Function<Aanlevering, Verwerking> ontvang) {
        // Within one batch transaction the next message must see what the previous one stored.
        LeveringStand.vergeetGelezen();
        return ontvang.apply(aanlevering);
    }
}
