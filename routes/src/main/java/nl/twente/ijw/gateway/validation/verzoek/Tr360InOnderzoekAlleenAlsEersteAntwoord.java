package nl.twente.ijw.gateway.validation.verzoek;

import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW319;

import java.util.Set;
import nl.twente.ijw.gateway.stand.verzoek.AntwoordStand;
import nl.twente.ijw.gateway.validation.Record;
import nl.twente.ijw.gateway.validation.Regel;
import nl.twente.ijw.gateway.validation.RegelContext;
import nl.twente.ijw.gateway.validation.Regelsoort;
import org.springframework.stereotype.Component;

/**
 * TR360 (9360): "in onderzoek" (VerzoekAntwoord 2) is only the first answer on a request, so
 * a request is put in onderzoek at most once.
 */
@Component
public class Tr360InOnderzoekAlleenAlsEersteAntwoord extends Regel {

    private final AntwoordStand antwoorden;

    public Tr360InOnderzoekAlleenAlsEersteAntwoord(AntwoordStand antwoorden) {
        super("TR360", "9360", Regelsoort.BERICHTOVERSTIJGEND, Set.of(JW319), "Antwoord",
                "Een antwoord 'in onderzoek' (VerzoekAntwoord 2) wordt alleen verstuurd als er nog geen antwoord "
                        + "met deze ReferentieAanbieder is.",
                "An 'in onderzoek' answer (VerzoekAntwoord 2) is only sent when no answer with this "
                        + "ReferentieAanbieder exists yet.");
        this.antwoorden = antwoorden;
    }

    @Override
    public void controleer(RegelContext context) {
        Record antwoord = context.root().kind("Antwoord").orElseThrow();
        if (!AntwoordStand.IN_ONDERZOEK.equals(antwoord.tekst("VerzoekAntwoord").orElseThrow())) {
            return;
        }
        String referentie = antwoord.tekstLetterlijk("ReferentieAanbieder").orElseThrow();
        if (!antwoorden.antwoorden(context.header().afzender(), context.header().ontvanger(), referentie).isEmpty()) {
            context.overtreding(antwoord, antwoord.pad("VerzoekAntwoord"), "Op het verzoek met ReferentieAanbieder '"
                    + referentie + "' is al geantwoord. 'In onderzoek' kan alleen het eerste antwoord zijn; stuur nu "
                    + "de toewijzing (JW301) of de afwijzing (VerzoekAntwoord 1).");
        }
    }
}
