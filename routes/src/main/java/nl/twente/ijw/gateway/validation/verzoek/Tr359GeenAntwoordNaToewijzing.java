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
 * TR359 (9359): a request that was honoured by a JW301 carrying its ReferentieAanbieder gets
 * no answer any more: nothing follows a toewijzing.
 */
@Component
public class Tr359GeenAntwoordNaToewijzing extends Regel {

    private final VerzoekStand verzoeken;

    public Tr359GeenAntwoordNaToewijzing(VerzoekStand verzoeken) {
        super("TR359", "9359", Regelsoort.BERICHTOVERSTIJGEND, Set.of(JW319), "Antwoord",
                "Er is nog geen toewijzing (JW301) met deze ReferentieAanbieder verstuurd.",
                "No toewijzing (JW301) with this ReferentieAanbieder was sent before.");
        this.verzoeken = verzoeken;
    }

    @Override
    public void controleer(RegelContext context) {
        Record antwoord = context.root().kind("Antwoord").orElseThrow();
        String referentie = antwoord.tekstLetterlijk("ReferentieAanbieder").orElseThrow();
        if (verzoeken.isGehonoreerd(context.header().afzender(), context.header().ontvanger(), referentie)) {
            context.overtreding(antwoord, antwoord.pad("ReferentieAanbieder"), "Het verzoek met ReferentieAanbieder '"
                    + referentie + "' is al gehonoreerd met een toewijzing (JW301). Daarna volgt geen antwoordbericht "
                    + "meer; wijzig zo nodig de toewijzing.");
        }
    }
}
