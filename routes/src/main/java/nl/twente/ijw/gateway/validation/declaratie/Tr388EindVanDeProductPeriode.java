package nl.twente.ijw.gateway.validation.declaratie;

import java.time.LocalDate;
import java.time.YearMonth;
import nl.twente.ijw.gateway.stand.ToewijzingStand.Toewijzing;
import nl.twente.ijw.gateway.validation.RegelContext;
import org.springframework.stereotype.Component;

/**
 * TR388 (9388): the ProductPeriode ends on the last day of its month, or on the toewijzing's
 * Einddatum when that lies earlier in the month (IV089). An end after the Einddatum is TR308's
 * fault and not reported twice.
 */
@Component
public class Tr388EindVanDeProductPeriode extends PrestatieTegenToewijzing {

    public Tr388EindVanDeProductPeriode(Declaratiegegevens gegevens) {
        super("TR388", "9388",
                "De ProductPeriode eindigt op de laatste dag van de maand, of op de Einddatum van de toewijzing als die eerder in de maand ligt.",
                "The ProductPeriode ends on the last day of its month, or on the toewijzing's Einddatum when that is earlier in the month.",
                gegevens);
    }

    @Override
    protected void controleer(RegelContext context, Prestatie p, Toewijzing t) {
        LocalDate laatste = YearMonth.from(p.eind()).atEndOfMonth();
        LocalDate verwacht = t.einddatum() != null && t.einddatum().isBefore(laatste) ? t.einddatum() : laatste;
        if (p.eind().isBefore(verwacht)) {
            context.overtreding(p.record(), p.record().pad("ProductPeriode/Einddatum"), "De ProductPeriode van prestatie "
                    + p.referentieNummer() + " eindigt op " + p.eind() + "; toewijzing " + p.toewijzingNummer()
                    + " loopt dan nog, dus de periode eindigt op " + verwacht + ". Declareer de hele maand binnen de toewijzing.");
        }
    }
}
