package nl.twente.ijw.gateway.validation.technisch;

import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW323;

import java.time.LocalDate;
import java.util.Set;
import nl.twente.ijw.gateway.validation.Record;
import nl.twente.ijw.gateway.validation.Regel;
import nl.twente.ijw.gateway.validation.RegelContext;
import nl.twente.ijw.gateway.validation.Regelsoort;
import org.springframework.stereotype.Component;

/**
 * TR335: care older than five years is not claimed (OP354): a ProductPeriode's Einddatum lies
 * at most five years before the DeclaratieDagtekening; exactly five years is still allowed.
 */
@Component
public class Tr335ProductPeriodeNietOuderDanVijfJaar extends Regel {

    public Tr335ProductPeriodeNietOuderDanVijfJaar() {
        super("TR335", "0001", Regelsoort.IN_BERICHT, Set.of(JW323), "Header",
                "De Einddatum van een ProductPeriode ligt niet meer dan 5 jaar voor de DeclaratieDagtekening.",
                "A ProductPeriode's Einddatum is not more than 5 years before the DeclaratieDagtekening.");
    }

    @Override
    public void controleer(RegelContext context) {
        for (Record declaratie : context.records("Declaratie")) {
            LocalDate grens = declaratie.datum("DeclaratieDagtekening").orElseThrow().minusYears(5);
            for (Record prestatie : declaratie.alle("Prestatie")) {
                LocalDate eind = prestatie.datum("ProductPeriode/Einddatum").orElseThrow();
                if (eind.isBefore(grens)) {
                    context.overtreding(prestatie, prestatie.pad("ProductPeriode/Einddatum"), "De ProductPeriode "
                            + "eindigt op " + eind + ", meer dan 5 jaar voor de DeclaratieDagtekening (grens " + grens
                            + "). Zorg van meer dan vijf jaar geleden kan niet meer gedeclareerd worden.");
                }
            }
        }
    }
}
