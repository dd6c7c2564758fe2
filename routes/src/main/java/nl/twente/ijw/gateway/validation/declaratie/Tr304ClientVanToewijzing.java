package nl.twente.ijw.gateway.validation.declaratie;

import java.util.Set;
import nl.twente.ijw.gateway.bericht.BerichtSoort;
import nl.twente.ijw.gateway.validation.Regel;
import nl.twente.ijw.gateway.validation.RegelContext;
import nl.twente.ijw.gateway.validation.Regelsoort;
import org.springframework.stereotype.Component;

/**
 * TR304 (8187): the prestatie's toewijzing belongs to the client (Bsn) under which it is
 * declared. The code goes on the Prestatie (STANDARD.md §2.5, interp.): on the Client it would
 * refuse that client's other, correct prestaties as well. Clients are compared by pseudonym.
 */
@Component
public class Tr304ClientVanToewijzing extends Regel {

    private final Declaratiegegevens gegevens;

    public Tr304ClientVanToewijzing(Declaratiegegevens gegevens) {
        super("TR304", "8187", Regelsoort.BERICHTOVERSTIJGEND, Set.of(BerichtSoort.JW323), "Prestatie",
                "De toewijzing van de prestatie hoort bij de cliënt (Bsn) waaronder de prestatie is gedeclareerd.",
                "The prestatie's toewijzing belongs to the client (Bsn) under which it is declared.");
        this.gegevens = gegevens;
    }

    @Override
    public void controleer(RegelContext context) {
        String aanbieder = gegevens.aanbieder(context);
        for (Prestatie p : gegevens.debets(context)) {
            String client = gegevens.pseudoniem(p.bsn());
            gegevens.huidige(context, p)
                    .filter(t -> t.aanbieder().equals(aanbieder) && !t.client().equals(client))
                    .ifPresent(t -> context.overtreding(p.record(), p.record().pad("ToewijzingNummer"), "Toewijzing "
                            + p.toewijzingNummer() + " hoort bij een andere cliënt dan de cliënt waaronder prestatie "
                            + p.referentieNummer() + " staat. Declareer de prestatie onder het Bsn van de toewijzing."));
        }
    }
}
