package nl.twente.ijw.gateway.validation.declaratie;

import java.util.List;
import java.util.Set;
import nl.twente.ijw.gateway.bericht.BerichtSoort;
import nl.twente.ijw.gateway.stand.declaratie.DeclaratieStand.Geboekt;
import nl.twente.ijw.gateway.validation.Regel;
import nl.twente.ijw.gateway.validation.RegelContext;
import nl.twente.ijw.gateway.validation.Regelsoort;
import org.springframework.stereotype.Component;

/**
 * TR389 (9389): a debit for a ProductPeriode, ProductCategorie, ProductCode and ToewijzingNummer
 * only when every granted debit for the same four was credited, earlier or by a credit in this
 * same message (credits before debits, OP366, IV086). Two such debits in one message are
 * TR416's (in-message) fault.
 */
@Component
public class Tr389GeenTweedeDebet extends Regel {

    private final Declaratiegegevens gegevens;

    public Tr389GeenTweedeDebet(Declaratiegegevens gegevens) {
        super("TR389", "9389", Regelsoort.BERICHTOVERSTIJGEND, Set.of(BerichtSoort.JW323), "Prestatie",
                "Een debetprestatie voor dezelfde ProductPeriode, ProductCategorie, ProductCode en ToewijzingNummer als een eerdere kan alleen als die eerdere gecrediteerd is.",
                "A debit for the same ProductPeriode, ProductCategorie, ProductCode and ToewijzingNummer as an earlier one is allowed only when that one was credited.");
        this.gegevens = gegevens;
    }

    @Override
    public void controleer(RegelContext context) {
        String aanbieder = gegevens.aanbieder(context);
        Set<String> nuGecrediteerd = gegevens.geldigeCredits(context).stream()
                .map(c -> c.vorigReferentieNummer().orElseThrow())
                .collect(java.util.stream.Collectors.toSet());
        for (Prestatie p : gegevens.debets(context)) {
            List<String> open = gegevens.declaraties().debets(aanbieder, gegevens.gemeente(context), p.toewijzingNummer(),
                            p.categorie(), p.code(), p.begin(), p.eind()).stream()
                    .map(Geboekt::referentieNummer)
                    .filter(r -> !nuGecrediteerd.contains(r))
                    .filter(r -> !gegevens.declaraties().isGecrediteerd(aanbieder, r))
                    .toList();
            if (!open.isEmpty()) {
                context.overtreding(p.record(), "Voor toewijzing " + p.toewijzingNummer() + ", product " + p.categorie()
                        + "/" + p.code() + " en periode " + p.begin() + " t/m " + p.eind() + " is al debetprestatie '"
                        + open.get(0) + "' toegekend en niet gecrediteerd (prestatie " + p.referentieNummer()
                        + "). Crediteer die eerst, eventueel in dit bericht, en declareer dan opnieuw.");
            }
        }
    }
}
