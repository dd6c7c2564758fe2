package nl.twente.ijw.gateway.validation.declaratie;

import java.util.OptionalLong;
import nl.twente.ijw.gateway.stand.ToewijzingStand.Toewijzing;
import nl.twente.ijw.gateway.validation.RegelContext;
import org.springframework.stereotype.Component;

/**
 * TR321 (9321): the GeleverdVolume of a prestatie fits the Omvang the toewijzing allows for its
 * ProductPeriode; the arithmetic per Frequentie is in {@link Omvangrekening}. Frequentie 6 (a
 * total) is left to TR322. Units that do not fit the toewijzing are TR341's fault.
 */
@Component
public class Tr321VolumeBinnenOmvangVanDePeriode extends PrestatieTegenToewijzing {

    public Tr321VolumeBinnenOmvangVanDePeriode(Declaratiegegevens gegevens) {
        super("TR321", "9321",
                "Het GeleverdVolume past binnen de omvang die de toewijzing voor de ProductPeriode toekent (eenheid, frequentie, lengte van de periode).",
                "The GeleverdVolume fits the Omvang the toewijzing allows for the ProductPeriode (unit, frequency, period length).",
                gegevens);
    }

    @Override
    protected void controleer(RegelContext context, Prestatie p, Toewijzing t) {
        OptionalLong factor = Omvangrekening.factor(t.eenheid(), p.eenheid());
        if ("6".equals(t.frequentie()) || factor.isEmpty()) {
            return;
        }
        OptionalLong maximum = Omvangrekening.maximumInPeriode(t, p.begin(), p.eind());
        if (maximum.isPresent() && p.volume() > maximum.getAsLong() * factor.getAsLong()) {
            long max = maximum.getAsLong() * factor.getAsLong();
            context.overtreding(p.record(), p.record().pad("GeleverdVolume"), "Prestatie " + p.referentieNummer()
                    + " declareert " + p.volume() + " " + Declaratiegegevens.eenheid(p.eenheid()) + " over " + p.begin()
                    + " t/m " + p.eind() + "; toewijzing " + p.toewijzingNummer() + " (" + t.volume() + " "
                    + Declaratiegegevens.eenheid(t.eenheid()) + " " + frequentie(t.frequentie())
                    + ") staat daarin hoogstens " + max + " " + Declaratiegegevens.eenheid(p.eenheid())
                    + " toe. Declareer niet meer dan is toegewezen.");
        }
    }

    static String frequentie(String code) {
        return switch (code) {
            case "1" -> "per dag";
            case "2" -> "per week";
            case "4" -> "per maand";
            default -> "in totaal";
        };
    }
}
