package nl.twente.ijw.gateway.validation.declaratie;

import java.util.Set;
import nl.twente.ijw.gateway.bericht.BerichtSoort;
import nl.twente.ijw.gateway.validation.Regel;
import nl.twente.ijw.gateway.validation.RegelContext;
import nl.twente.ijw.gateway.validation.Regelsoort;
import org.springframework.stereotype.Component;

/**
 * TR418 (0611): the ProductTarief equals the contract rate of the ProductCode
 * ({@link ContractTarieven}; only products with a rate are checked). An hourly rate claimed in
 * minutes is the rate divided by 60, rounded half up to whole eurocents (IV081). A prestatie in
 * another unit than the contract's is TR341's fault (for aspecific toewijzingen) and is not
 * compared here. The standard files TR418 under the cross-message rules, so its level is kept.
 */
@Component
public class Tr418ContractTarief extends Regel {

    private final Declaratiegegevens gegevens;
    private final ContractTarieven tarieven;

    public Tr418ContractTarief(Declaratiegegevens gegevens, ContractTarieven tarieven) {
        super("TR418", "0611", Regelsoort.BERICHTOVERSTIJGEND, Set.of(BerichtSoort.JW323), "Prestatie",
                "Het ProductTarief is het contracttarief van de ProductCode (uurtarief in minuten: gedeeld door 60, afgerond op hele centen).",
                "The ProductTarief equals the contract rate of the ProductCode (an hourly rate in minutes: divided by 60, rounded to whole cents).");
        this.gegevens = gegevens;
        this.tarieven = tarieven;
    }

    @Override
    public void controleer(RegelContext context) {
        for (Prestatie p : gegevens.debets(context)) {
            if (p.tarief().isEmpty()) {
                continue;
            }
            tarieven.tarief(gegevens.gemeente(context), gegevens.aanbieder(context), p.code(), p.begin()).ifPresent(t -> {
                Long verwacht = verwacht(t, p.eenheid());
                if (verwacht != null && verwacht != p.tarief().get().longValue()) {
                    context.overtreding(p.record(), p.record().pad("ProductTarief"), "Prestatie " + p.referentieNummer()
                            + " heeft ProductTarief " + p.tarief().get() + " eurocent per "
                            + Declaratiegegevens.eenheid(p.eenheid()) + "; het contract voor " + p.code() + " op "
                            + p.begin() + " is " + verwacht + ". Gebruik het contracttarief.");
                }
            });
        }
    }

    /** The rate per unit of the prestatie, or null when the units are not comparable. */
    static Long verwacht(ContractTarieven.Tarief t, String eenheid) {
        if (t.eenheid().equals(eenheid)) {
            return t.tarief();
        }
        if (Omvangrekening.UUR.equals(t.eenheid()) && Omvangrekening.MINUUT.equals(eenheid)) {
            return (t.tarief() + 30) / 60;
        }
        return null;
    }
}
