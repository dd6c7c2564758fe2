package nl.twente.ijw.gateway.validation.inbericht;

import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW305;
import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW307;

import java.util.Set;
import nl.twente.ijw.gateway.validation.Record;
import nl.twente.ijw.gateway.validation.Regel;
import nl.twente.ijw.gateway.validation.RegelContext;
import nl.twente.ijw.gateway.validation.Regelsoort;
import org.springframework.stereotype.Component;

/**
 * CS058: a start or stop is delivered (1) or removed (3); a change (2) is a removal plus a new
 * delivery (OP033x2, IV008), and 9 has no meaning here. The XSD still accepts 2 and 9.
 */
@Component
public class Cs058StatusAanlevering1Of3 extends Regel {

    private static final Set<String> TOEGESTAAN = Set.of("1", "3");

    public Cs058StatusAanlevering1Of3() {
        super("CS058", "0001", Regelsoort.IN_BERICHT, Set.of(JW305, JW307), "Header",
                "StatusAanlevering is 1 (eerste aanlevering) of 3 (verwijderen aanlevering).",
                "StatusAanlevering is 1 (first delivery) or 3 (remove delivery).");
    }

    @Override
    public void controleer(RegelContext context) {
        for (Record status : context.records("StatusAanlevering")) {
            if (!TOEGESTAAN.contains(status.tekst())) {
                context.overtreding(status, "StatusAanlevering " + status.tekst() + " is niet toegestaan. Gebruik 1 voor een "
                        + "nieuwe aanlevering en 3 om een eerdere te verwijderen; een wijziging is verwijderen (3) en opnieuw "
                        + "aanleveren (1) (CS058).");
            }
        }
    }
}
