package nl.twente.ijw.gateway.validation.technisch;

import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW319;

import java.util.Set;
import nl.twente.ijw.gateway.validation.Record;
import nl.twente.ijw.gateway.validation.Regel;
import nl.twente.ijw.gateway.validation.RegelContext;
import nl.twente.ijw.gateway.validation.Regelsoort;
import org.springframework.stereotype.Component;

/**
 * TR409: Woonplaatsbeginsel belongs only to a refusal on the woonplaatsbeginsel: with any
 * other RedenAfwijzingVerzoek, or none ("in onderzoek"), it is absent.
 */
@Component
public class Tr409WoonplaatsbeginselAlleenBijReden8 extends Regel {

    public Tr409WoonplaatsbeginselAlleenBijReden8() {
        super("TR409", "0001", Regelsoort.IN_BERICHT, Set.of(JW319), "Header",
                "Woonplaatsbeginsel is alleen gevuld bij RedenAfwijzingVerzoek 8.",
                "Woonplaatsbeginsel is present only with RedenAfwijzingVerzoek 8.");
    }

    @Override
    public void controleer(RegelContext context) {
        for (Record antwoord : context.records("Antwoord")) {
            boolean reden8 = antwoord.tekst("RedenAfwijzingVerzoek").map("8"::equals).orElse(false);
            if (!reden8 && antwoord.heeft("Woonplaatsbeginsel")) {
                context.overtreding(antwoord, antwoord.pad("Woonplaatsbeginsel"), "Woonplaatsbeginsel is gevuld, "
                        + "maar de reden van afwijzing is " + antwoord.tekst("RedenAfwijzingVerzoek").orElse("leeg")
                        + " en niet 8 (woonplaatsbeginsel). Laat Woonplaatsbeginsel weg, of wijs af met reden 8.");
            }
        }
    }
}
