package nl.twente.ijw.gateway.validation.inbericht;

import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW319;

import java.util.Set;
import nl.twente.ijw.gateway.validation.Record;
import nl.twente.ijw.gateway.validation.Regel;
import nl.twente.ijw.gateway.validation.RegelContext;
import nl.twente.ijw.gateway.validation.Regelsoort;
import org.springframework.stereotype.Component;

/** CD085: a refusal (VerzoekAntwoord 1) says why, in RedenAfwijzingVerzoek. */
@Component
public class Cd085RedenBijAfwijzing extends Regel {

    public Cd085RedenBijAfwijzing() {
        super("CD085", "0001", Regelsoort.IN_BERICHT, Set.of(JW319), "Header",
                "Als VerzoekAntwoord 1 (verzoek afgewezen) is, is RedenAfwijzingVerzoek gevuld.",
                "When VerzoekAntwoord is 1 (request refused), RedenAfwijzingVerzoek is filled.");
    }

    @Override
    public void controleer(RegelContext context) {
        for (Record antwoord : context.records("Antwoord")) {
            if (antwoord.tekst("VerzoekAntwoord").filter("1"::equals).isPresent() && !antwoord.heeft("RedenAfwijzingVerzoek")) {
                context.overtreding(antwoord, antwoord.pad("RedenAfwijzingVerzoek"), "Een afwijzing (VerzoekAntwoord 1) "
                        + "zonder RedenAfwijzingVerzoek. Vul de reden van afwijzing (CD085).");
            }
        }
    }
}
