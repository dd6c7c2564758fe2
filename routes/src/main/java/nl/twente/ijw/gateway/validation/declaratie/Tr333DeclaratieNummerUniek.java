package nl.twente.ijw.gateway.validation.declaratie;

import java.util.Set;
import nl.twente.ijw.gateway.bericht.BerichtSoort;
import nl.twente.ijw.gateway.validation.Record;
import nl.twente.ijw.gateway.validation.Regel;
import nl.twente.ijw.gateway.validation.RegelContext;
import nl.twente.ijw.gateway.validation.Regelsoort;
import org.springframework.stereotype.Component;

/**
 * TR333 (9333, on Declaratie → DeclaratieAntwoord): the aanbieder never used this
 * DeclaratieNummer before. A declaration refused as a whole counts as never sent, so its
 * number stays free.
 */
@Component
public class Tr333DeclaratieNummerUniek extends Regel {

    private final Declaratiegegevens gegevens;

    public Tr333DeclaratieNummerUniek(Declaratiegegevens gegevens) {
        super("TR333", "9333", Regelsoort.BERICHTOVERSTIJGEND, Set.of(BerichtSoort.JW323), "Declaratie",
                "Het DeclaratieNummer is niet eerder door deze aanbieder gebruikt.",
                "The DeclaratieNummer was not used before by this aanbieder.");
        this.gegevens = gegevens;
    }

    @Override
    public void controleer(RegelContext context) {
        Record declaratie = gegevens.declaratie(context);
        String nummer = declaratie.tekst("DeclaratieNummer").orElseThrow();
        if (gegevens.declaraties().declaratieNummerGebruikt(gegevens.aanbieder(context), nummer)) {
            context.overtreding(declaratie, declaratie.pad("DeclaratieNummer"), "DeclaratieNummer " + nummer
                    + " is al gebruikt voor een eerdere declaratie van aanbieder " + gegevens.aanbieder(context)
                    + ". Geef elke declaratie een eigen nummer.");
        }
    }
}
