package nl.twente.ijw.gateway.validation.declaratie;

import java.util.HashSet;
import java.util.Set;
import nl.twente.ijw.gateway.bericht.BerichtSoort;
import nl.twente.ijw.gateway.validation.Regel;
import nl.twente.ijw.gateway.validation.RegelContext;
import nl.twente.ijw.gateway.validation.Regelsoort;
import org.springframework.stereotype.Component;

/**
 * TR314 (8021): a ReferentieNummer is used once by an aanbieder, within the message and over all
 * its declarations. Only granted prestaties count: a refused one never existed (IV087, OP286),
 * so its number may be used again. Within one message the first use wins.
 */
@Component
public class Tr314ReferentieNummerUniek extends Regel {

    private final Declaratiegegevens gegevens;

    public Tr314ReferentieNummerUniek(Declaratiegegevens gegevens) {
        super("TR314", "8021", Regelsoort.BERICHTOVERSTIJGEND, Set.of(BerichtSoort.JW323), "Prestatie",
                "Het ReferentieNummer van de prestatie is uniek voor de aanbieder, in het bericht en over alle declaraties.",
                "The prestatie's ReferentieNummer is unique for the aanbieder, within the message and across all declarations.");
        this.gegevens = gegevens;
    }

    @Override
    public void controleer(RegelContext context) {
        String aanbieder = gegevens.aanbieder(context);
        Set<String> inBericht = new HashSet<>();
        for (Prestatie p : gegevens.prestaties(context)) {
            String nummer = p.referentieNummer();
            if (!inBericht.add(nummer)) {
                context.overtreding(p.record(), p.record().pad("ProductReferentie/ReferentieNummer"), "ReferentieNummer '"
                        + nummer + "' staat al bij een eerdere prestatie in dit bericht. Geef elke prestatie een eigen nummer.");
            } else if (gegevens.declaraties().prestatie(aanbieder, nummer).isPresent()) {
                context.overtreding(p.record(), p.record().pad("ProductReferentie/ReferentieNummer"), "ReferentieNummer '"
                        + nummer + "' is al gebruikt voor een toegekende prestatie van aanbieder " + aanbieder
                        + ". Geef elke prestatie een nieuw nummer.");
            }
        }
    }
}
