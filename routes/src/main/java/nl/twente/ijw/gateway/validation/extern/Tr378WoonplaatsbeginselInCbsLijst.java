package nl.twente.ijw.gateway.validation.extern;

import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW319;

import java.util.Set;
import nl.twente.ijw.gateway.validation.Record;
import nl.twente.ijw.gateway.validation.Regel;
import nl.twente.ijw.gateway.validation.RegelContext;
import nl.twente.ijw.gateway.validation.Regelsoort;
import nl.twente.ijw.mapping.Gemeenteregister;
import org.springframework.stereotype.Component;

/**
 * TR378 (S300) for the gemeente a JW319 names as responsible under the woonplaatsbeginsel: it
 * must exist in the CBS list on the message's Dagtekening (a JW319 carries no toewijzing date).
 * The code goes on the Woonplaatsbeginsel record, the only check that class can fail (STANDARD.md
 * §2.5, interp.). A separate class from {@link Tr378GemeentecodeInCbsLijst} because its code lands
 * on another record class and is judged after the header.
 */
@Component
public class Tr378WoonplaatsbeginselInCbsLijst extends Regel {

    private final Gemeenteregister register;

    public Tr378WoonplaatsbeginselInCbsLijst(Gemeenteregister register) {
        super("TR378", "S300", Regelsoort.EXTERN, Set.of(JW319), "Woonplaatsbeginsel",
                "De gemeentecode in Woonplaatsbeginsel/Gemeente staat in de CBS-lijst die geldt op de Dagtekening"
                        + " van het bericht.",
                "The gemeente code in Woonplaatsbeginsel/Gemeente is in the CBS list valid on the message's"
                        + " Dagtekening.");
        this.register = register;
    }

    @Override
    public void controleer(RegelContext context) {
        for (Record woonplaatsbeginsel : context.records("Woonplaatsbeginsel")) {
            String code = woonplaatsbeginsel.tekst("Gemeente").orElseThrow();
            if (!register.geldig(code, context.dagtekening())) {
                context.overtreding(woonplaatsbeginsel, woonplaatsbeginsel.pad("Gemeente"),
                        RegisterUitleg.gemeente(register, code, "Woonplaatsbeginsel/Gemeente", context.dagtekening(),
                                "Dagtekening van het bericht"));
            }
        }
    }
}
