package nl.twente.ijw.gateway.validation.inbericht;

import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW319;

import java.util.Set;
import nl.twente.ijw.gateway.validation.Record;
import nl.twente.ijw.gateway.validation.Regel;
import nl.twente.ijw.gateway.validation.RegelContext;
import nl.twente.ijw.gateway.validation.Regelsoort;
import org.springframework.stereotype.Component;

/** CD086: a request "in onderzoek" (VerzoekAntwoord 2) is not refused, so it has no reason of refusal. */
@Component
public class Cd086GeenRedenBijOnderzoek extends Regel {

    public Cd086GeenRedenBijOnderzoek() {
        super("CD086", "0001", Regelsoort.IN_BERICHT, Set.of(JW319), "Header",
                "Als VerzoekAntwoord 2 (aanvraag in onderzoek) is, is RedenAfwijzingVerzoek leeg.",
                "When VerzoekAntwoord is 2 (request under investigation), RedenAfwijzingVerzoek is empty.");
    }

    @Override
    public void controleer(RegelContext context) {
        for (Record antwoord : context.records("Antwoord")) {
            if (antwoord.tekst("VerzoekAntwoord").filter("2"::equals).isPresent()) {
                antwoord.kind("RedenAfwijzingVerzoek").ifPresent(reden -> context.overtreding(reden, "Een antwoord 'in "
                        + "onderzoek' (VerzoekAntwoord 2) heeft RedenAfwijzingVerzoek " + reden.tekst() + ". Laat de reden weg; "
                        + "die hoort alleen bij een afwijzing (CD086)."));
            }
        }
    }
}
