package nl.twente.ijw.gateway.validation.inbericht;

import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW301;

import java.util.Set;
import nl.twente.ijw.gateway.validation.Record;
import nl.twente.ijw.gateway.validation.Regel;
import nl.twente.ijw.gateway.validation.RegelContext;
import nl.twente.ijw.gateway.validation.Regelsoort;
import org.springframework.stereotype.Component;

/**
 * CD007: Communicatie/Taal names the language only for a language interpreter (Vorm 1); for a
 * sign-language or deaf-blind interpreter (2, 3) it stays empty.
 */
@Component
public class Cd007TaalBijTolkTaal extends Regel {

    public Cd007TaalBijTolkTaal() {
        super("CD007", "0001", Regelsoort.IN_BERICHT, Set.of(JW301), "Header",
                "Communicatie/Taal is gevuld als Vorm 1 (tolk taal) is, en anders leeg.",
                "Communicatie/Taal is filled when Vorm is 1 (language interpreter), and empty otherwise.");
    }

    @Override
    public void controleer(RegelContext context) {
        for (Record communicatie : context.records("Communicatie")) {
            String vorm = communicatie.tekst("Vorm").orElse("");
            boolean taal = communicatie.heeft("Taal");
            if ("1".equals(vorm) && !taal) {
                context.overtreding(communicatie, communicatie.pad("Taal"),
                        "Vorm 1 (tolk taal) zonder Taal. Vul de taal waarvoor een tolk nodig is (CD007).");
            } else if (!"1".equals(vorm) && taal) {
                context.overtreding(communicatie, communicatie.pad("Taal"),
                        "Taal is gevuld bij Vorm " + vorm + "; alleen bij Vorm 1 (tolk taal) hoort een taal. Laat Taal weg (CD007).");
            }
        }
    }
}
