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

    static final String GEBRUIK = """
            gebruik: java -jar ijw-gateway.jar sleutels-roteren [--ijw.data-dir=DIR]

            Versleutelt elk gearchiveerd bericht dat niet onder ijw.beveiliging.actieve-sleutel staat
            opnieuw. Houd de oude sleutels ingesteld tot dit klaar is.
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
            return Opdrachtregel.fout(GEBRUIK, "sleutels-roteren: onbekende argumenten " + regel.posities);
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
