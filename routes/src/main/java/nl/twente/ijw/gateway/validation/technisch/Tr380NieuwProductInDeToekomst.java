package nl.twente.ijw.gateway.validation.technisch;

import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW317;

import java.time.LocalDate;
import java.util.Set;
import nl.twente.ijw.gateway.validation.Record;
import nl.twente.ijw.gateway.validation.Regel;
import nl.twente.ijw.gateway.validation.RegelContext;
import nl.twente.ijw.gateway.validation.Regelsoort;
import org.springframework.stereotype.Component;

/**
 * TR380: a VOW asks for a future situation (OP343), so a NieuwProduct's GewensteIngangsdatum
 * lies after the Dagtekening; the Dagtekening itself is too early. Bound (interp.) to
 * NieuwProduct only: a TeWijzigenProduct may start in the past under TR357.
 */
@Component
public class Tr380NieuwProductInDeToekomst extends Regel {

    public Tr380NieuwProductInDeToekomst() {
        super("TR380", "0001", Regelsoort.IN_BERICHT, Set.of(JW317), "Header",
                "De GewensteIngangsdatum van een NieuwProduct ligt na de Dagtekening van het bericht.",
                "A NieuwProduct's GewensteIngangsdatum is after the message's Dagtekening.");
    }

    @Override
    public void controleer(RegelContext context) {
        LocalDate dagtekening = context.dagtekening();
        for (Record nieuw : context.records("NieuwProduct")) {
            LocalDate gewenst = nieuw.datum("GewensteIngangsdatum").orElseThrow();
            if (!gewenst.isAfter(dagtekening)) {
                context.overtreding(nieuw, nieuw.pad("GewensteIngangsdatum"), "De GewensteIngangsdatum " + gewenst
                        + " van dit nieuwe product ligt niet na de Dagtekening " + dagtekening + ". Een nieuw product "
                        + "kan alleen voor de toekomst gevraagd worden: kies een datum na de Dagtekening.");
            }
        }
    }
}
