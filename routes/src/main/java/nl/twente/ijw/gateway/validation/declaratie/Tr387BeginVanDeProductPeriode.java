package nl.twente.ijw.gateway.validation.declaratie;

import java.time.LocalDate;
import nl.twente.ijw.gateway.stand.ToewijzingStand.Toewijzing;
import nl.twente.ijw.gateway.validation.RegelContext;
import org.springframework.stereotype.Component;

/**
 * TR387 (9387): the ProductPeriode begins on the first day of its month, or on the
 * toewijzing's Ingangsdatum when that lies later in the month (IV089). A begin before the
 * Ingangsdatum is TR307's fault and not reported twice.
 */
@Component
public class Tr387BeginVanDeProductPeriode extends PrestatieTegenToewijzing {

    public Tr387BeginVanDeProductPeriode(Declaratiegegevens gegevens) {
        super("TR387", "9387",
                "De ProductPeriode begint op de eerste dag van de maand, of op de Ingangsdatum van de toewijzing als die later in de maand ligt.",
                "The ProductPeriode begins on the first of its month, or on the toewijzing's Ingangsdatum when that is later in the month.",
                gegevens);
    }

    @Override
    protected void controleer(RegelContext context, Prestatie p, Toewijzing t) {
        LocalDate eerste = p.begin().withDayOfMonth(1);
        LocalDate verwacht = t.ingangsdatum().isAfter(eerste) ? t.ingangsdatum() : eerste;
        if (p.begin().isAfter(verwacht)) {
            context.overtreding(p.record(), p.record().pad("ProductPeriode/Begindatum"), "De ProductPeriode van prestatie "
                    + p.referentieNummer() + " begint op " + p.begin() + "; toewijzing " + p.toewijzingNummer()
                    + " loopt dan al, dus de periode begint op " + verwacht + ". Declareer de hele maand binnen de toewijzing.");
        }
    }
}
