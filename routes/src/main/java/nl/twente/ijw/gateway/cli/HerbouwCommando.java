package nl.twente.ijw.gateway.cli;

import java.util.Set;
import nl.twente.ijw.gateway.facts.Herbouw;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code rebuild [--ijw.data-dir=DIR]}: empties the state tables and derives them again from
 * the archive ({@link Herbouw}), in one transaction; prints one summary line. Stop the gateway
 * first or let it wait: the intake waits until the rebuild commits.
 */
public final class HerbouwCommando {

    private HerbouwCommando() {
    }

    public static int voerUit(String[] args) {
        Opdrachtregel regel = Opdrachtregel.lees(args, Set.of());
        if (!regel.posities.isEmpty()) {
            System.err.println("gebruik: rebuild [--ijw.data-dir=DIR]");
            return 2;
        }
        try (ConfigurableApplicationContext context = regel.start()) {
            Herbouw.Resultaat r = context.getBean(Herbouw.class).herbouw();
            System.out.println("rebuilt the state from %d archived messages (%d judged again)"
                    .formatted(r.berichten(), r.opnieuwBeoordeeld()));
            return 0;
        } catch (IllegalStateException e) {
            System.err.println("rebuild mislukt, niets veranderd: " + e.getMessage());
            return 1;
        }
    }
}
