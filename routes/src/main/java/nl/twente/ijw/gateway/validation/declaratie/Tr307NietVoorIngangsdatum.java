package nl.twente.ijw.gateway.validation.declaratie;

import nl.twente.ijw.gateway.stand.ToewijzingStand.Toewijzing;
import nl.twente.ijw.gateway.validation.RegelContext;
import org.springframework.stereotype.Component;

/** TR307 (9307): the ProductPeriode does not begin before the toewijzing's Ingangsdatum. */
@Component
public class Tr307NietVoorIngangsdatum extends PrestatieTegenToewijzing {

    public Tr307NietVoorIngangsdatum(Declaratiegegevens gegevens) {
        super("TR307", "9307",
                "De Begindatum van de ProductPeriode ligt niet voor de Ingangsdatum van de toewijzing.",
                "The ProductPeriode does not begin before the toewijzing's Ingangsdatum.", gegevens);
    }

    @Override
    protected void controleer(RegelContext context, Prestatie p, Toewijzing t) {
        if (p.begin().isBefore(t.ingangsdatum())) {
            context.overtreding(p.record(), p.record().pad("ProductPeriode/Begindatum"), "De ProductPeriode van prestatie "
                    + p.referentieNummer() + " begint op " + p.begin() + ", voor de Ingangsdatum " + t.ingangsdatum()
                    + " van toewijzing " + p.toewijzingNummer() + ". Declareer alleen zorg binnen de toewijzing.");
        }
    }
}
