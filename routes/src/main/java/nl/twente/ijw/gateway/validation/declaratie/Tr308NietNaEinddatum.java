package nl.twente.ijw.gateway.validation.declaratie;

import nl.twente.ijw.gateway.stand.ToewijzingStand.Toewijzing;
import nl.twente.ijw.gateway.validation.RegelContext;
import org.springframework.stereotype.Component;

/** TR308 (9308): the ProductPeriode does not end after the toewijzing's Einddatum, when it has one. */
@Component
public class Tr308NietNaEinddatum extends PrestatieTegenToewijzing {

    public Tr308NietNaEinddatum(Declaratiegegevens gegevens) {
        super("TR308", "9308",
                "De Einddatum van de ProductPeriode ligt niet na de Einddatum van de toewijzing (als die gevuld is).",
                "The ProductPeriode does not end after the toewijzing's Einddatum, when that is filled.", gegevens);
    }

    @Override
    protected void controleer(RegelContext context, Prestatie p, Toewijzing t) {
        if (t.einddatum() != null && p.eind().isAfter(t.einddatum())) {
            context.overtreding(p.record(), p.record().pad("ProductPeriode/Einddatum"), "De ProductPeriode van prestatie "
                    + p.referentieNummer() + " eindigt op " + p.eind() + ", na de Einddatum " + t.einddatum()
                    + " van toewijzing " + p.toewijzingNummer() + ". Declareer alleen zorg binnen de toewijzing.");
        }
    }
}
