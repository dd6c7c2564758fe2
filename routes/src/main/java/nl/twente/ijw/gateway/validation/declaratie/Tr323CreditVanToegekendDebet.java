package nl.twente.ijw.gateway.validation.declaratie;

import java.util.Set;
import nl.twente.ijw.gateway.bericht.BerichtSoort;
import nl.twente.ijw.gateway.stand.declaratie.DeclaratieStand.Geboekt;
import nl.twente.ijw.gateway.validation.Regel;
import nl.twente.ijw.gateway.validation.RegelContext;
import nl.twente.ijw.gateway.validation.Regelsoort;
import org.springframework.stereotype.Component;

/**
 * TR323 (8017): a credit's VorigReferentieNummer is the ReferentieNummer of an earlier debit of
 * this aanbieder that the gemeente granted (IV085, IV091). A refused debit is never credited.
 */
@Component
public class Tr323CreditVanToegekendDebet extends Regel {

    private final Declaratiegegevens gegevens;

    public Tr323CreditVanToegekendDebet(Declaratiegegevens gegevens) {
        super("TR323", "8017", Regelsoort.BERICHTOVERSTIJGEND, Set.of(BerichtSoort.JW323), "Prestatie",
                "Het VorigReferentieNummer van een creditprestatie is het ReferentieNummer van een eerder toegekende debetprestatie.",
                "A credit's VorigReferentieNummer is the ReferentieNummer of an earlier granted debit.");
        this.gegevens = gegevens;
    }

    @Override
    public void controleer(RegelContext context) {
        String aanbieder = gegevens.aanbieder(context);
        for (Prestatie p : gegevens.credits(context)) {
            String vorig = p.vorigReferentieNummer().orElse("");
            if (gegevens.declaraties().prestatie(aanbieder, vorig).filter(Geboekt::isDebet).isEmpty()) {
                context.overtreding(p.record(), p.record().pad("ProductReferentie/VorigReferentieNummer"), "Creditprestatie "
                        + p.referentieNummer() + " verwijst naar ReferentieNummer '" + vorig + "', maar daarvan is geen"
                        + " toegekende debetprestatie van aanbieder " + aanbieder + " bekend. Crediteer alleen toegekende prestaties.");
            }
        }
    }
}
