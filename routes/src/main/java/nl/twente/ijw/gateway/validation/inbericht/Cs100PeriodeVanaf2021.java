package nl.twente.ijw.gateway.validation.inbericht;

import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW323;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.twente.ijw.gateway.validation.Record;
import nl.twente.ijw.gateway.validation.Regel;
import nl.twente.ijw.gateway.validation.RegelContext;
import nl.twente.ijw.gateway.validation.Regelsoort;
import org.springframework.stereotype.Component;

/**
 * CS100: declarations in this format start on 01-01-2021 (the start of monthly declaration);
 * every date of the DeclaratiePeriode and of each ProductPeriode is on or after it. Each early
 * date is reported on its own element.
 */
@Component
public class Cs100PeriodeVanaf2021 extends Regel {

    private static final LocalDate EERSTE = LocalDate.of(2021, 1, 1);

    public Cs100PeriodeVanaf2021() {
        super("CS100", "0001", Regelsoort.IN_BERICHT, Set.of(JW323), "Header",
                "De datums van DeclaratiePeriode en ProductPeriode liggen op of na 01-01-2021.",
                "The dates of DeclaratiePeriode and ProductPeriode are on or after 2021-01-01.");
    }

    @Override
    public void controleer(RegelContext context) {
        for (String naam : List.of("DeclaratiePeriode", "ProductPeriode")) {
            for (Record periode : context.records(naam)) {
                for (String datumNaam : List.of("Begindatum", "Einddatum")) {
                    periode.kind(datumNaam).filter(d -> periode.datum(datumNaam).orElseThrow().isBefore(EERSTE))
                            .ifPresent(d -> context.overtreding(d, naam + "/" + datumNaam + " " + d.tekst()
                                    + " ligt vóór 01-01-2021. Prestaties van vóór 2021 worden niet in dit formaat "
                                    + "gedeclareerd (CS100)."));
                }
            }
        }
    }
}
