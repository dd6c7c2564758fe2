package nl.twente.ijw.gateway.validation.declaratie;

import java.time.LocalDate;
import java.util.Set;
import nl.twente.ijw.gateway.bericht.BerichtSoort;
import nl.twente.ijw.gateway.validation.Regel;
import nl.twente.ijw.gateway.validation.RegelContext;
import nl.twente.ijw.gateway.validation.Regelsoort;
import org.springframework.stereotype.Component;

/**
 * TR319 (9319): the ProductPeriode lies in the DeclaratiePeriode or before it; care of an
 * earlier month may be declared later (IV090), care of a later month not yet.
 */
@Component
public class Tr319ProductPeriodeNietNaDeclaratiePeriode extends Regel {

    private final Declaratiegegevens gegevens;

    public Tr319ProductPeriodeNietNaDeclaratiePeriode(Declaratiegegevens gegevens) {
        super("TR319", "9319", Regelsoort.BERICHTOVERSTIJGEND, Set.of(BerichtSoort.JW323), "Prestatie",
                "De ProductPeriode ligt in de DeclaratiePeriode of in een eerdere periode.",
                "The ProductPeriode lies in the DeclaratiePeriode or in an earlier one.");
        this.gegevens = gegevens;
    }

    @Override
    public void controleer(RegelContext context) {
        LocalDate einde = gegevens.declaratie(context).datum("DeclaratiePeriode/Einddatum").orElseThrow();
        for (Prestatie p : gegevens.debets(context)) {
            if (p.eind().isAfter(einde)) {
                context.overtreding(p.record(), p.record().pad("ProductPeriode/Einddatum"), "De ProductPeriode van prestatie "
                        + p.referentieNummer() + " eindigt op " + p.eind() + ", na de DeclaratiePeriode (tot en met "
                        + einde + "). Declareer deze zorg in de declaratie over die latere maand.");
            }
        }
    }
}
