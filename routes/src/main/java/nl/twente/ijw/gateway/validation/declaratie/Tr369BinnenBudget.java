package nl.twente.ijw.gateway.validation.declaratie;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.twente.ijw.gateway.bericht.BerichtSoort;
import nl.twente.ijw.gateway.stand.ToewijzingStand.Toewijzing;
import nl.twente.ijw.gateway.validation.Regel;
import nl.twente.ijw.gateway.validation.RegelContext;
import nl.twente.ijw.gateway.validation.Regelsoort;
import org.springframework.stereotype.Component;

/**
 * TR369 (9369): when the toewijzing has a Budget, the claims on it fit the budget. The rule's
 * text sums GeleverdVolume, but a Budget is an amount: compared is the net granted
 * IngediendBedrag in eurocent (interp., STANDARD.md §7.2). Counted as in TR322: already granted
 * (credits subtracted), this message's credits, then its debits in document order.
 */
@Component
public class Tr369BinnenBudget extends Regel {

    private final Declaratiegegevens gegevens;

    public Tr369BinnenBudget(Declaratiegegevens gegevens) {
        super("TR369", "9369", Regelsoort.BERICHTOVERSTIJGEND, Set.of(BerichtSoort.JW323), "Prestatie",
                "Heeft de toewijzing een budget, dan passen de gedeclareerde bedragen op die toewijzing samen binnen dat budget.",
                "When the toewijzing has a Budget, the amounts declared on it together fit that budget.");
        this.gegevens = gegevens;
    }

    @Override
    public void controleer(RegelContext context) {
        String aanbieder = gegevens.aanbieder(context);
        List<Prestatie> credits = gegevens.geldigeCredits(context);
        Map<Long, Long> lopend = new HashMap<>();
        for (Prestatie p : gegevens.debets(context)) {
            Toewijzing t = gegevens.toewijzing(context, p).filter(x -> x.budget() != null).orElse(null);
            if (t == null) {
                continue;
            }
            long eerder = lopend.computeIfAbsent(p.toewijzingNummer(), nr -> gegevens.declaraties()
                    .bedrag(aanbieder, t.gemeente(), nr)
                    - credits.stream().filter(c -> c.toewijzingNummer() == nr).mapToLong(Prestatie::bedrag).sum());
            if (eerder + p.bedrag() > t.budget()) {
                context.overtreding(p.record(), p.record().pad("IngediendBedrag/Bedrag"), "Met prestatie "
                        + p.referentieNummer() + " komt het gedeclareerde bedrag op toewijzing " + p.toewijzingNummer()
                        + " op " + (eerder + p.bedrag()) + " eurocent, meer dan het budget van " + t.budget()
                        + " eurocent. Declareer niet meer dan het budget.");
            } else {
                lopend.put(p.toewijzingNummer(), eerder + p.bedrag());
            }
        }
    }
}
