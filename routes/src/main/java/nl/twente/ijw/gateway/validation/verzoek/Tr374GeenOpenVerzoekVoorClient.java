package nl.twente.ijw.gateway.validation.verzoek;

import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW315;
import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW317;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.twente.ijw.gateway.bericht.BerichtSoort;
import nl.twente.ijw.gateway.stand.ToewijzingStand;
import nl.twente.ijw.gateway.stand.verzoek.VerzoekStand;
import nl.twente.ijw.gateway.validation.Record;
import nl.twente.ijw.gateway.validation.Regel;
import nl.twente.ijw.gateway.validation.RegelContext;
import nl.twente.ijw.gateway.validation.Regelsoort;
import org.springframework.stereotype.Component;

/**
 * TR374 (9374): an aanbieder has at most one open request per client (OP350). A request is
 * open until a JW319 with VerzoekAntwoord 1 or a JW301 carrying its ReferentieAanbieder was
 * accepted; "in onderzoek" keeps it open, and every VOT line is a request of its own. The
 * source names no gemeente, so requests at every gemeente count. The code goes on every
 * AangevraagdProduct of a JW315 (each line is a request, interp.) or on the Verzoek of a JW317.
 */
@Component
public class Tr374GeenOpenVerzoekVoorClient extends Regel {

    private final VerzoekStand verzoeken;
    private final ToewijzingStand toewijzingen;

    public Tr374GeenOpenVerzoekVoorClient(VerzoekStand verzoeken, ToewijzingStand toewijzingen) {
        super("TR374", "9374", Regelsoort.BERICHTOVERSTIJGEND, Set.of(JW315, JW317), "AangevraagdProduct, Verzoek",
                "Een verzoek wordt alleen verstuurd als er voor de client geen verzoek van dezelfde aanbieder meer "
                        + "in behandeling is (niet afgewezen met een JW319 en niet gehonoreerd met een JW301).",
                "A request is only sent when the provider has no request for this client in progress (neither "
                        + "refused by a JW319 nor honoured by a JW301).");
        this.verzoeken = verzoeken;
        this.toewijzingen = toewijzingen;
    }

    @Override
    public void controleer(RegelContext context) {
        Record client = context.root().kind("Client").orElseThrow();
        String pseudoniem = toewijzingen.pseudoniem(client.tekst("Bsn").orElseThrow());
        List<VerzoekStand.Verzoek> open = verzoeken.openVerzoeken(context.header().afzender(), pseudoniem);
        if (open.isEmpty()) {
            return;
        }
        String referenties = open.stream().map(v -> "'" + v.referentieAanbieder() + "'").collect(Collectors.joining(", "));
        String naam = context.soort() == BerichtSoort.JW315 ? "AangevraagdProduct" : "Verzoek";
        for (Record verzoek : context.records(naam)) {
            context.overtreding(verzoek, "Voor deze client is nog een verzoek van deze aanbieder in behandeling "
                    + "(ReferentieAanbieder " + referenties + "). Wacht op de toewijzing (JW301) of de afwijzing "
                    + "(JW319) daarvan voordat u een nieuw verzoek stuurt.");
        }
    }
}
