package nl.twente.ijw.gateway.validation.technisch;

import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW307;

import java.time.LocalDate;
import java.util.Set;
import nl.twente.ijw.gateway.validation.Record;
import nl.twente.ijw.gateway.validation.Regel;
import nl.twente.ijw.gateway.validation.RegelContext;
import nl.twente.ijw.gateway.validation.Regelsoort;
import org.springframework.stereotype.Component;

/** TR018: a stop's Einddatum is on or after the Begindatum of the start it ends (OP072); the same day is allowed. */
@Component
public class Tr018StopNietVoorBegin extends Regel {

    public Tr018StopNietVoorBegin() {
        super("TR018", "0001", Regelsoort.IN_BERICHT, Set.of(JW307), "Header",
                "De Einddatum van een StopProduct ligt niet voor de Begindatum.",
                "A StopProduct's Einddatum is not before its Begindatum.");
    }

    @Override
    public void controleer(RegelContext context) {
        for (Record stop : context.records("StopProduct")) {
            LocalDate begin = stop.datum("Begindatum").orElseThrow();
            LocalDate eind = stop.datum("Einddatum").orElseThrow();
            if (eind.isBefore(begin)) {
                context.overtreding(stop, stop.pad("Einddatum"), "De Einddatum " + eind + " ligt voor de Begindatum "
                        + begin + ". De zorg kan niet eindigen voordat ze begon: controleer beide datums.");
            }
        }
    }
}
