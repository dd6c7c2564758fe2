package nl.twente.ijw.gateway.validation.levering;

import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW305;

import java.util.Set;
import nl.twente.ijw.gateway.stand.levering.LeveringStand;
import nl.twente.ijw.gateway.validation.Regel;
import nl.twente.ijw.gateway.validation.RegelContext;
import nl.twente.ijw.gateway.validation.Regelsoort;
import org.springframework.stereotype.Component;

/**
 * TR071 (9071): a start cannot be removed (StatusAanlevering 3) while a stop that names it still
 * counts; remove that stop first (IV008).
 */
@Component
public class Tr071StartMetStopNietVerwijderen extends Regel {

    private final LeveringStand stand;

    public Tr071StartMetStopNietVerwijderen(LeveringStand stand) {
        super("TR071", "9071", Regelsoort.BERICHTOVERSTIJGEND, Set.of(JW305), "StartProduct",
                "Een start mag niet worden verwijderd als er al een (niet verwijderde) stop voor die start is ontvangen.",
                "A start cannot be removed once a (not removed) stop for that start has been received.");
        this.stand = stand;
    }

    @Override
    public void controleer(RegelContext context) {
        Leveringsbeeld beeld = Leveringsbeeld.van(context, stand);
        for (Melding m : beeld.verwijderingen()) {
            beeld.stops().stream().filter(s -> s.beeindigt(m.start())).findFirst().ifPresent(stop ->
                    context.overtreding(m.record(), "Voor de start met " + m.omschrijving() + " is al een stop ontvangen "
                            + "(RedenBeeindiging " + stop.sleutel().redenBeeindiging() + ", Einddatum "
                            + stop.sleutel().einddatum() + "). Verwijder eerst die stop (JW307 met StatusAanlevering 3) "
                            + "en daarna de start."));
        }
    }
}
