package nl.twente.ijw.gateway.validation.inbericht;

import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW323;

import java.util.Set;
import nl.twente.ijw.gateway.validation.Record;
import nl.twente.ijw.gateway.validation.Regel;
import nl.twente.ijw.gateway.validation.RegelContext;
import nl.twente.ijw.gateway.validation.Regelsoort;
import org.springframework.stereotype.Component;

/**
 * CD087: a prestatie in units other than euro's (83) states its ProductTarief, so the amount can be
 * recomputed (TR346); in euro's the volume is the amount itself (CS339) and there is no tariff.
 */
@Component
public class Cd087ProductTariefBijEenheid extends Regel {

    public Cd087ProductTariefBijEenheid() {
        super("CD087", "0001", Regelsoort.IN_BERICHT, Set.of(JW323), "Header",
                "ProductTarief is gevuld als Eenheid niet 83 (euro's) is, en leeg bij Eenheid 83.",
                "ProductTarief is filled when Eenheid is not 83 (euros), and empty when it is 83.");
    }

    @Override
    public void controleer(RegelContext context) {
        for (Record prestatie : context.records("Prestatie")) {
            String eenheid = prestatie.tekst("Eenheid").orElse("");
            boolean tarief = prestatie.heeft("ProductTarief");
            if (!"83".equals(eenheid) && !tarief) {
                context.overtreding(prestatie, prestatie.pad("ProductTarief"), "Prestatie in Eenheid " + eenheid
                        + " zonder ProductTarief. Vul het tarief per eenheid in eurocenten (CD087).");
            } else if ("83".equals(eenheid) && tarief) {
                context.overtreding(prestatie, prestatie.pad("ProductTarief"), "Prestatie in Eenheid 83 (euro's) heeft een "
                        + "ProductTarief (" + prestatie.tekst("ProductTarief").orElseThrow() + "). Laat het tarief weg: het "
                        + "GeleverdVolume is hier het bedrag (CD087).");
            }
        }
    }
}
