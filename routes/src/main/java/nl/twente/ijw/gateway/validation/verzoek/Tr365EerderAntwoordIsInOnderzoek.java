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
 * TR365 (9365): an earlier answer on the same request can only have been "in onderzoek";
 * after a refusal nothing follows.
 */
@Component
public class Tr365EerderAntwoordIsInOnderzoek extends Regel {

    private final AntwoordStand antwoorden;

    public Tr365EerderAntwoordIsInOnderzoek(AntwoordStand antwoorden) {
        super("TR365", "9365", Regelsoort.BERICHTOVERSTIJGEND, Set.of(JW319), "Antwoord",
                "Is er al een antwoord met deze ReferentieAanbieder, dan is dat een antwoord 'in onderzoek' "
                        + "(VerzoekAntwoord 2).",
                "An earlier answer with this ReferentieAanbieder, if any, is 'in onderzoek' (VerzoekAntwoord 2).");
        this.antwoorden = antwoorden;
    }

    @Override
    public void controleer(RegelContext context) {
        Record antwoord = context.root().kind("Antwoord").orElseThrow();
        String referentie = antwoord.tekstLetterlijk("ReferentieAanbieder").orElseThrow();
        boolean alAfgewezen = antwoorden.antwoorden(context.header().afzender(), context.header().ontvanger(), referentie)
                .stream().anyMatch(a -> !a.isInOnderzoek());
        if (alAfgewezen) {
            context.overtreding(antwoord, antwoord.pad("ReferentieAanbieder"), "Het verzoek met ReferentieAanbieder '"
                    + referentie + "' is al afgewezen (VerzoekAntwoord 1). Na een afwijzing volgt geen antwoord meer.");
        }
    }
}
