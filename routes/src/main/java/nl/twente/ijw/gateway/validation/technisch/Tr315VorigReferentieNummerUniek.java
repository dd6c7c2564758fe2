package nl.twente.ijw.gateway.validation.technisch;

import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW323;

import java.util.Set;
import nl.twente.ijw.gateway.validation.Regel;
import nl.twente.ijw.gateway.validation.RegelContext;
import nl.twente.ijw.gateway.validation.Regelsoort;
import org.springframework.stereotype.Component;

/**
 * TR315: within one declaration no two credits point to the same debit: every
 * VorigReferentieNummer occurs once (OP283). Compared exactly as written (a string type).
 */
@Component
public class Tr315VorigReferentieNummerUniek extends Regel {

    public Tr315VorigReferentieNummerUniek() {
        super("TR315", "0001", Regelsoort.IN_BERICHT, Set.of(JW323), "Header",
                "Elk VorigReferentieNummer komt maar één keer in het bericht voor.",
                "Every VorigReferentieNummer occurs only once in the message.");
    }

    @Override
    public void controleer(RegelContext context) {
        var prestaties = context.records("Prestatie");
        for (Dubbelen.Dubbel dubbel : Dubbelen.zoek(prestaties,
                p -> p.tekstLetterlijk("ProductReferentie/VorigReferentieNummer"))) {
            context.overtreding(dubbel.record(), dubbel.record().pad("ProductReferentie/VorigReferentieNummer"),
                    "Deze creditprestatie verwijst met VorigReferentieNummer '"
                            + dubbel.record().tekstLetterlijk("ProductReferentie/VorigReferentieNummer").orElseThrow()
                            + "' naar dezelfde prestatie als " + dubbel.eerste().pad()
                            + ". Een prestatie wordt maar één keer gecrediteerd: verwijder de dubbele creditregel.");
        }
    }
}
