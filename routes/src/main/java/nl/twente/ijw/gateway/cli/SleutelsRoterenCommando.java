package nl.twente.ijw.gateway.cli;

import java.util.Set;
import nl.twente.ijw.gateway.beveiliging.Sleutelrotatie;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code sleutels-roteren [--ijw.data-dir=DIR]}: re-encrypts every archived message that is not
 * under {@code ijw.beveiliging.actieve-sleutel} (also rows from before encryption); prints one
 * summary line. Keep the old keys configured until it has run.
 */
public final class SleutelsRoterenCommando {

    private SleutelsRoterenCommando() {
    }

    public static int voerUit(String[] args) {
        Opdrachtregel regel = Opdrachtregel.lees(args, Set.of());
        if (!regel.posities.isEmpty()) {
            System.err.println("gebruik: sleutels-roteren [--ijw.data-dir=DIR]");
            return 2;
        }
        try (ConfigurableApplicationContext context = regel.start()) {
            long aantal = context.getBean(Sleutelrotatie.class).roteer();
            System.out.println("re-encrypted %d archived messages under the active key".formatted(aantal));
            return 0;
        } catch (IllegalStateException e) {
            System.err.println("sleutels-roteren mislukt: " + e.getMessage());
            return 1;
        }
    }
}
