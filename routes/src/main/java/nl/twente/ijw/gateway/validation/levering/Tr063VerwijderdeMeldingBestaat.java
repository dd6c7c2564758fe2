package nl.twente.ijw.gateway.validation.levering;

import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW305;
import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW307;

import java.util.Set;
import java.util.stream.Stream;
import nl.twente.ijw.gateway.stand.levering.LeveringStand;
import nl.twente.ijw.gateway.validation.Regel;
import nl.twente.ijw.gateway.validation.RegelContext;
import nl.twente.ijw.gateway.validation.Regelsoort;
import org.springframework.stereotype.Component;

/**
 * TR063 (9063): a removal (StatusAanlevering 3) needs an earlier record of this client with
 * exactly the same key that still counts: received with status 1 in an accepted message and
 * not removed already. This is the only check on a removal (IV008).
 */
@Component
public class Tr063VerwijderdeMeldingBestaat extends Regel {

    private final LeveringStand stand;

    public Tr063VerwijderdeMeldingBestaat(LeveringStand stand) {
        super("TR063", "9063", Regelsoort.BERICHTOVERSTIJGEND, Set.of(JW305, JW307), "StartProduct, StopProduct",
                "Een verwijdering (StatusAanlevering 3) verwijst naar een eerder ontvangen, nog niet verwijderde "
                        + "start of stop van deze cliënt met precies dezelfde sleutel.",
                "A removal (StatusAanlevering 3) refers to an earlier received, not yet removed start or stop of "
                        + "this client with exactly the same key.");
        this.stand = stand;
    }

    @Override
    public void controleer(RegelContext context) {
        Leveringsbeeld beeld = Leveringsbeeld.van(context, stand);
        for (Melding m : beeld.verwijderingen()) {
            Stream<Object> bestaand = m.isStop()
                    ? beeld.vooraf().stops().stream().map(s -> s.sleutel())
                    : beeld.vooraf().starts().stream().map(s -> s.sleutel());
            if (bestaand.noneMatch(m.sleutel()::equals)) {
                context.overtreding(m.record(), "Er is geen eerder ontvangen, nog geldende " + (m.isStop() ? "stop" : "start")
                        + " met " + m.omschrijving() + " om te verwijderen. Verwijder alleen een start of stop die de "
                        + "gemeente heeft geaccepteerd, met precies dezelfde sleutelgegevens.");
            }
        }
    }
}
