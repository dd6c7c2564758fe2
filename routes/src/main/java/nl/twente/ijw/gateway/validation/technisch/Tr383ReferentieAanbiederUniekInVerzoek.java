package nl.twente.ijw.gateway.validation.technisch;

import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW315;

import java.util.Set;
import nl.twente.ijw.gateway.validation.Regel;
import nl.twente.ijw.gateway.validation.RegelContext;
import nl.twente.ijw.gateway.validation.Regelsoort;
import org.springframework.stereotype.Component;

/**
 * TR383: every line of a VOT has its own ReferentieAanbieder: the gemeente answers per line,
 * by that reference (JW301, JW319). Compared exactly as written (a string type).
 */
@Component
public class Tr383ReferentieAanbiederUniekInVerzoek extends Regel {

    public Tr383ReferentieAanbiederUniekInVerzoek() {
        super("TR383", "0001", Regelsoort.IN_BERICHT, Set.of(JW315), "Header",
                "Elk AangevraagdProduct in het bericht heeft een andere ReferentieAanbieder.",
                "Every AangevraagdProduct in the message has a different ReferentieAanbieder.");
    }

    @Override
    public void controleer(RegelContext context) {
        for (Dubbelen.Dubbel dubbel : Dubbelen.zoek(context.records("AangevraagdProduct"),
                a -> a.tekstLetterlijk("ReferentieAanbieder"))) {
            context.overtreding(dubbel.record(), dubbel.record().pad("ReferentieAanbieder"), "De ReferentieAanbieder '"
                    + dubbel.record().tekstLetterlijk("ReferentieAanbieder").orElseThrow() + "' staat ook bij "
                    + dubbel.eerste().pad() + ". De gemeente beantwoordt elke regel apart, op zijn eigen referentie: "
                    + "geef elk aangevraagd product een eigen ReferentieAanbieder.");
        }
    }
}
