package nl.twente.ijw.gateway.validation.declaratie;

import java.util.Set;
import nl.twente.ijw.gateway.bericht.BerichtSoort;
import nl.twente.ijw.gateway.stand.declaratie.DeclaratieStand.Geboekt;
import nl.twente.ijw.gateway.validation.Regel;
import nl.twente.ijw.gateway.validation.RegelContext;
import nl.twente.ijw.gateway.validation.Regelsoort;
import org.springframework.stereotype.Component;

/**
 * TR390 (9390): the debit a credit points to was not credited before (OP360). Two credits of
 * one debit in the same message are TR315's (in-message) fault.
 */
@Component
public class Tr390NietTweemaalGecrediteerd extends Regel {

    private final Declaratiegegevens gegevens;

    public Tr390NietTweemaalGecrediteerd(Declaratiegegevens gegevens) {
        super("TR390", "9390", Regelsoort.BERICHTOVERSTIJGEND, Set.of(BerichtSoort.JW323), "Prestatie",
                "De debetprestatie waar een creditprestatie naar verwijst is niet al eerder gecrediteerd.",
                "The debit a credit points to was not credited before.");
        this.gegevens = gegevens;
    }

    @Override
    public void controleer(RegelContext context) {
        String aanbieder = gegevens.aanbieder(context);
        for (Prestatie p : gegevens.credits(context)) {
            String vorig = p.vorigReferentieNummer().orElse("");
            boolean debet = gegevens.declaraties().prestatie(aanbieder, vorig).filter(Geboekt::isDebet).isPresent();
            if (debet && gegevens.declaraties().isGecrediteerd(aanbieder, vorig)) {
                context.overtreding(p.record(), p.record().pad("ProductReferentie/VorigReferentieNummer"), "Debetprestatie '"
                        + vorig + "' is al gecrediteerd; creditprestatie " + p.referentieNummer()
                        + " zou haar een tweede keer crediteren. Stuur deze creditprestatie niet.");
            }
        }
    }
}
