package nl.twente.ijw.gateway.validation.verzoek;

import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW319;

import java.util.Set;
import nl.twente.ijw.gateway.stand.verzoek.VerzoekStand;
import nl.twente.ijw.gateway.validation.Record;
import nl.twente.ijw.gateway.validation.Regel;
import nl.twente.ijw.gateway.validation.RegelContext;
import nl.twente.ijw.gateway.validation.Regelsoort;
import org.springframework.stereotype.Component;

/**
 * TR355 (9355): an answer carries the ReferentieAanbieder of an earlier VOT line or VOW.
 * (interp.) Of the aanbieder it is sent to, and sent to the gemeente that answers: a gemeente
 * can only answer its own requests.
 */
@Component
public class Tr355AntwoordOpEerderVerzoek extends Regel {

    private final VerzoekStand verzoeken;

    public Tr355AntwoordOpEerderVerzoek(VerzoekStand verzoeken) {
        super("TR355", "9355", Regelsoort.BERICHTOVERSTIJGEND, Set.of(JW319), "Antwoord",
                "De ReferentieAanbieder van het antwoord is die van een eerder verzoek om toewijzing of verzoek om "
                        + "wijziging van deze aanbieder aan deze gemeente.",
                "The answer's ReferentieAanbieder is that of an earlier VOT or VOW of this provider to this "
                        + "gemeente.");
        this.verzoeken = verzoeken;
    }

    @Override
    public void controleer(RegelContext context) {
        Record antwoord = context.root().kind("Antwoord").orElseThrow();
        String referentie = antwoord.tekstLetterlijk("ReferentieAanbieder").orElseThrow();
        if (verzoeken.verzoek(context.header().afzender(), context.header().ontvanger(), referentie).isEmpty()) {
            context.overtreding(antwoord, antwoord.pad("ReferentieAanbieder"), "Er is geen verzoek (VOT-regel of VOW) "
                    + "van aanbieder " + context.header().ontvanger() + " aan deze gemeente met ReferentieAanbieder '"
                    + referentie + "'. Neem de ReferentieAanbieder over uit het verzoek dat u beantwoordt.");
        }
    }
}
