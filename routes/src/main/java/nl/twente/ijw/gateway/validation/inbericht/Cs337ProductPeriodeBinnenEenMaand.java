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

/** CS337: a prestatie covers at most one calendar month (OP367): begin and end in the same month of the same year. */
@Component
public class Cs337ProductPeriodeBinnenEenMaand extends Regel {

    public Cs337ProductPeriodeBinnenEenMaand() {
        super("CS337", "0001", Regelsoort.IN_BERICHT, Set.of(JW323), "Header",
                "Begindatum en Einddatum van de ProductPeriode vallen in dezelfde kalendermaand van hetzelfde jaar.",
                "The ProductPeriode's Begindatum and Einddatum fall in the same calendar month of the same year.");
    }

    @Override
    public void controleer(RegelContext context) {
        for (Record periode : context.records("ProductPeriode")) {
            LocalDate begin = periode.datum("Begindatum").orElseThrow();
            LocalDate eind = periode.datum("Einddatum").orElseThrow();
            if (!YearMonth.from(begin).equals(YearMonth.from(eind))) {
                context.overtreding(periode, periode.pad("Einddatum"), "ProductPeriode " + begin + " tot en met " + eind
                        + " loopt over meer dan één kalendermaand. Splits de prestatie per maand (CS337).");
            }
        }
    }
}
