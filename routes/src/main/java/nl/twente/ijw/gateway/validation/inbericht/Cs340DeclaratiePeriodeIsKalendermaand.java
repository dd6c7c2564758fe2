package nl.twente.ijw.gateway.validation.inbericht;

import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW323;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import nl.twente.ijw.gateway.validation.Record;
import nl.twente.ijw.gateway.validation.Regel;
import nl.twente.ijw.gateway.validation.RegelContext;
import nl.twente.ijw.gateway.validation.Regelsoort;
import org.springframework.stereotype.Component;

/** CS340: a declaration covers exactly one whole calendar month (OP280): the 1st up to the last day. */
@Component
public class Cs340DeclaratiePeriodeIsKalendermaand extends Regel {

    public Cs340DeclaratiePeriodeIsKalendermaand() {
        super("CS340", "0001", Regelsoort.IN_BERICHT, Set.of(JW323), "Header",
                "DeclaratiePeriode is precies één hele kalendermaand.",
                "DeclaratiePeriode is exactly one whole calendar month.");
    }

    @Override
    public void controleer(RegelContext context) {
        for (Record periode : context.records("DeclaratiePeriode")) {
            LocalDate begin = periode.datum("Begindatum").orElseThrow();
            LocalDate eind = periode.datum("Einddatum").orElseThrow();
            YearMonth maand = YearMonth.from(begin);
            if (begin.getDayOfMonth() != 1 || !eind.equals(maand.atEndOfMonth())) {
                context.overtreding(periode, "DeclaratiePeriode " + begin + " tot en met " + eind + " is geen hele "
                        + "kalendermaand. Declareer per maand, van de 1e tot en met de laatste dag, bijvoorbeeld " + maand.atDay(1)
                        + " tot en met " + maand.atEndOfMonth() + " (CS340).");
            }
        }
    }
}
