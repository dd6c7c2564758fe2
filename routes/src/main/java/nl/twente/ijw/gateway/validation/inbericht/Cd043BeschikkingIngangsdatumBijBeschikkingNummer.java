package nl.twente.ijw.gateway.validation.inbericht;

import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW315;

import java.util.Set;
import nl.twente.ijw.gateway.validation.Record;
import nl.twente.ijw.gateway.validation.Regel;
import nl.twente.ijw.gateway.validation.RegelContext;
import nl.twente.ijw.gateway.validation.Regelsoort;
import org.springframework.stereotype.Component;

/** CD043: an open beschikking is named by its number and start date together, or not at all. */
@Component
public class Cd043BeschikkingIngangsdatumBijBeschikkingNummer extends Regel {

    public Cd043BeschikkingIngangsdatumBijBeschikkingNummer() {
        super("CD043", "0001", Regelsoort.IN_BERICHT, Set.of(JW315), "Header",
                "BeschikkingIngangsdatum is gevuld als BeschikkingNummer gevuld is, en anders leeg.",
                "BeschikkingIngangsdatum is filled when BeschikkingNummer is filled, and empty otherwise.");
    }

    @Override
    public void controleer(RegelContext context) {
        for (Record product : context.records(Productregel.AANGEVRAAGD)) {
            boolean nummer = product.heeft("BeschikkingNummer");
            boolean ingangsdatum = product.heeft("BeschikkingIngangsdatum");
            if (nummer && !ingangsdatum) {
                context.overtreding(product, product.pad("BeschikkingIngangsdatum"), "BeschikkingNummer "
                        + product.tekst("BeschikkingNummer").orElseThrow() + " zonder BeschikkingIngangsdatum. Vul de "
                        + "ingangsdatum van de beschikking (CD043).");
            } else if (!nummer && ingangsdatum) {
                context.overtreding(product, product.pad("BeschikkingIngangsdatum"), "BeschikkingIngangsdatum zonder "
                        + "BeschikkingNummer. Vul het nummer van de beschikking, of laat de ingangsdatum weg (CD043).");
            }
        }
    }
}
