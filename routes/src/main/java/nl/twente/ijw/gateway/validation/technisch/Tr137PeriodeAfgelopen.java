package nl.twente.ijw.gateway.validation.technisch;

import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW323;
import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW325;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.twente.ijw.gateway.validation.Record;
import nl.twente.ijw.gateway.validation.Regel;
import nl.twente.ijw.gateway.validation.RegelContext;
import nl.twente.ijw.gateway.validation.Regelsoort;
import org.springframework.stereotype.Component;

/**
 * TR137: a declared period is over: its Einddatum is on or after its Begindatum and not later
 * than the message's Dagtekening. Bound (interp.) to the DeclaratiePeriode and every
 * ProductPeriode: care is claimed only after it was delivered.
 */
@Component
public class Tr137PeriodeAfgelopen extends Regel {

    private static final List<String> PERIODES = List.of("DeclaratiePeriode", "ProductPeriode");

    public Tr137PeriodeAfgelopen() {
        super("TR137", "0001", Regelsoort.IN_BERICHT, Set.of(JW323, JW325), "Header",
                "De Einddatum van DeclaratiePeriode en ProductPeriode ligt niet voor de Begindatum en niet na de "
                        + "Dagtekening van het bericht.",
                "The Einddatum of DeclaratiePeriode and ProductPeriode is not before its Begindatum and not after "
                        + "the message's Dagtekening.");
    }

    @Override
    public void controleer(RegelContext context) {
        LocalDate dagtekening = context.dagtekening();
        for (String naam : PERIODES) {
            for (Record periode : context.records(naam)) {
                LocalDate begin = periode.datum("Begindatum").orElseThrow();
                LocalDate eind = periode.datum("Einddatum").orElseThrow();
                if (eind.isBefore(begin)) {
                    context.overtreding(periode, periode.pad("Einddatum"), "De " + naam + " eindigt (" + eind
                            + ") voordat ze begint (" + begin + "). Controleer beide datums.");
                } else if (eind.isAfter(dagtekening)) {
                    context.overtreding(periode, periode.pad("Einddatum"), "De " + naam + " eindigt op " + eind
                            + ", na de Dagtekening " + dagtekening + " van het bericht. Declareer een periode pas "
                            + "als ze voorbij is.");
                }
            }
        }
    }
}
