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

    static final String GEBRUIK = """
            gebruik: java -jar ijw-gateway.jar rebuild [--ijw.data-dir=DIR]

            Leegt de standtabellen en leidt alles opnieuw af uit het archief, in een transactie.
              --naam=waarde   een instelling, zoals --ijw.data-dir=DIR (README, Configuration)
              --help, -h      deze tekst""";

    public static int voerUit(String[] args) {
        Opdrachtregel regel;
        try {
            regel = Opdrachtregel.lees(args, Set.of());
        } catch (Opdrachtregel.Hulp | IllegalArgumentException e) {
            return Opdrachtregel.gebruik(GEBRUIK, e);
        }
        if (!regel.posities.isEmpty()) {
            return Opdrachtregel.fout(GEBRUIK, "rebuild: onbekende argumenten " + regel.posities);
        }
        try (ConfigurableApplicationContext context = regel.start()) {
            Voortgang voortgang = Voortgang.opStderr("rebuild", 0);
            Herbouw.Resultaat r = context.getBean(Herbouw.class).herbouw((gedaan, totaal) -> {
                voortgang.totaal(totaal);
                if (gedaan == totaal) {
                    voortgang.klaar(gedaan);
                } else {
                    voortgang.stap(gedaan);
                }
            });
            System.out.println("rebuilt the state from %d archived messages (%d judged again)"
                    .formatted(r.berichten(), r.opnieuwBeoordeeld()));
            return 0;
        } catch (IllegalStateException e) {
            System.err.println("rebuild mislukt, niets veranderd: " + e.getMessage());
            return 1;
        }
    }
}
