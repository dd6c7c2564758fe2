package nl.twente.ijw.gateway.validation.declaratie;

import java.util.Optional;
import java.util.Set;
import nl.twente.ijw.gateway.bericht.BerichtSoort;
import nl.twente.ijw.gateway.validation.Regel;
import nl.twente.ijw.gateway.validation.RegelContext;
import nl.twente.ijw.gateway.validation.Regelsoort;
import org.springframework.stereotype.Component;

/**
 * TR346 (9346, external source: the contract): when Eenheid is not 83 (euro's), IngediendBedrag
 * is GeleverdVolume × ProductTarief. When the contract has an hourly rate and the prestatie is in
 * minutes, the rounded per-minute ProductTarief is not used: the amount is hourly rate × minutes
 * / 60, rounded half up to whole eurocents (IV081).
 *
 * <p>Which prestaties are checked (a choice, see the report): every unit but minutes is checked
 * with the message's own ProductTarief, with or without contract data. Minutes only when the
 * contract file has a rate for the product, since only the contract says whether the rate is
 * per hour (IV081's formula) or per minute (plain product).
 */
@Component
public class Tr346BedragIsVolumeMaalTarief extends Regel {

    private final Declaratiegegevens gegevens;
    private final ContractTarieven tarieven;

    public Tr346BedragIsVolumeMaalTarief(Declaratiegegevens gegevens, ContractTarieven tarieven) {
        super("TR346", "9346", Regelsoort.EXTERN, Set.of(BerichtSoort.JW323), "Prestatie",
                "Is de Eenheid geen 83 (euro's), dan is IngediendBedrag gelijk aan GeleverdVolume × ProductTarief (uurtarief in minuten: uurtarief × minuten / 60, afgerond).",
                "When Eenheid is not 83 (euros), IngediendBedrag equals GeleverdVolume × ProductTarief (an hourly rate in minutes: rate × minutes / 60, rounded).");
        this.gegevens = gegevens;
        this.tarieven = tarieven;
    }

    @Override
    public void controleer(RegelContext context) {
        for (Prestatie p : gegevens.debets(context)) {
            if ("83".equals(p.eenheid()) || p.tarief().isEmpty()) {
                continue; // euro's: Bedrag = GeleverdVolume is CS339's; no tariff: CD087's
            }
            Optional<ContractTarieven.Tarief> contract =
                    tarieven.tarief(gegevens.gemeente(context), gegevens.aanbieder(context), p.code(), p.begin());
            Long verwacht = verwacht(p, contract);
            if (verwacht != null && verwacht != p.bedrag()) {
                context.overtreding(p.record(), p.record().pad("IngediendBedrag/Bedrag"), "Prestatie " + p.referentieNummer()
                        + " declareert " + p.bedrag() + " eurocent; " + uitleg(p, contract) + " is " + verwacht
                        + " eurocent. Reken het bedrag uit volume en tarief.");
            }
        }
    }

    /** The expected amount, or null when it cannot be known (minutes without a contract rate). */
    static Long verwacht(Prestatie p, Optional<ContractTarieven.Tarief> contract) {
        if (isUurtariefInMinuten(p, contract)) {
            return (contract.get().tarief() * p.volume() + 30) / 60;
        }
        if (Omvangrekening.MINUUT.equals(p.eenheid()) && contract.isEmpty()) {
            return null;
        }
        return p.volume() * p.tarief().orElseThrow();
    }

    private static boolean isUurtariefInMinuten(Prestatie p, Optional<ContractTarieven.Tarief> contract) {
        return Omvangrekening.MINUUT.equals(p.eenheid())
                && contract.filter(t -> Omvangrekening.UUR.equals(t.eenheid())).isPresent();
    }

    private static String uitleg(Prestatie p, Optional<ContractTarieven.Tarief> contract) {
        if (isUurtariefInMinuten(p, contract)) {
            return "uurtarief " + contract.get().tarief() + " × " + p.volume() + " minuten / 60, afgerond";
        }
        return p.volume() + " × ProductTarief " + p.tarief().orElseThrow();
    }
}
