package nl.twente.ijw.gateway.validation.verzoek;

import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW317;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.twente.ijw.gateway.stand.ToewijzingStand;
import nl.twente.ijw.gateway.validation.Record;
import nl.twente.ijw.gateway.validation.Regel;
import nl.twente.ijw.gateway.validation.RegelContext;
import nl.twente.ijw.gateway.validation.Regelsoort;
import org.springframework.stereotype.Component;

/**
 * TR304 (8187) for the VOW: the Bsn is the client of every toewijzing that an
 * OngewijzigdProduct or TeWijzigenProduct names. The code goes on Client (TR304 is defined on
 * Bsn). A number this gemeente never gave to this aanbieder is TR350/TR351, not this rule.
 */
@Component
public class Tr304VowBsnIsClientVanToewijzingen extends Regel {

    private final ToewijzingStand toewijzingen;

    public Tr304VowBsnIsClientVanToewijzingen(ToewijzingStand toewijzingen) {
        super("TR304", "8187", Regelsoort.BERICHTOVERSTIJGEND, Set.of(JW317), "Client",
                "Het Bsn van de VOW is het Bsn van de client van de toewijzingen die de VOW noemt "
                        + "(OngewijzigdProduct en TeWijzigenProduct).",
                "The VOW's Bsn is that of the client of the toewijzingen it names (OngewijzigdProduct and "
                        + "TeWijzigenProduct).");
        this.toewijzingen = toewijzingen;
    }

    @Override
    public void controleer(RegelContext context) {
        Vow vow = Vow.van(context, toewijzingen);
        List<Long> vanAnderen = new ArrayList<>();
        List<Record> producten = new ArrayList<>(vow.ongewijzigd());
        producten.addAll(vow.teWijzigen());
        for (Record product : producten) {
            vow.toewijzing(product)
                    .filter(t -> !t.client().equals(vow.pseudoniem()))
                    .ifPresent(t -> vanAnderen.add(t.toewijzingNummer()));
        }
        if (!vanAnderen.isEmpty()) {
            Record client = vow.client();
            context.overtreding(client, client.pad("Bsn"), "Toewijzing(en) " + Vow.opsomming(vanAnderen)
                    + " hoort bij een andere client dan het Bsn van deze VOW. Controleer het Bsn en de "
                    + "ToewijzingNummers.");
        }
    }
}
