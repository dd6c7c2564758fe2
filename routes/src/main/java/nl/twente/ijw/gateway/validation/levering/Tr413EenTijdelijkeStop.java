package nl.twente.ijw.gateway.validation.levering;

import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW307;

import java.util.Set;
import nl.twente.ijw.gateway.stand.levering.LeveringStand;
import nl.twente.ijw.gateway.stand.levering.Stopsleutel;
import nl.twente.ijw.gateway.validation.Regel;
import nl.twente.ijw.gateway.validation.RegelContext;
import nl.twente.ijw.gateway.validation.Regelsoort;
import org.springframework.stereotype.Component;

/**
 * TR413 (9413): one start can be paused once: a new temporary stop (RedenBeeindiging 20) is
 * refused when a temporary stop for the same Bsn + ToewijzingNummer + Begindatum already counts.
 * Resuming care means a new start with a new Begindatum (OP379), which can be paused again.
 * Removed stops do not count.
 */
@Component
public class Tr413EenTijdelijkeStop extends Regel {

    private final LeveringStand stand;

    public Tr413EenTijdelijkeStop(LeveringStand stand) {
        super("TR413", "9413", Regelsoort.BERICHTOVERSTIJGEND, Set.of(JW307), "StopProduct",
                "Een tijdelijke stop (RedenBeeindiging 20) mag niet als er al een tijdelijke stop is voor hetzelfde "
                        + "Bsn, ToewijzingNummer en Begindatum.",
                "A temporary stop (RedenBeeindiging 20) is not allowed when a temporary stop for the same Bsn, "
                        + "ToewijzingNummer and Begindatum already exists.");
        this.stand = stand;
    }

    @Override
    public void controleer(RegelContext context) {
        Leveringsbeeld beeld = Leveringsbeeld.van(context, stand);
        for (Melding m : beeld.toevoegingen()) {
            if (!m.stop().isTijdelijk()) {
                continue;
            }
            beeld.eerdereStops(m).stream().filter(Stopsleutel::isTijdelijk).findFirst().ifPresent(eerder ->
                    context.overtreding(m.record(), m.record().pad("RedenBeeindiging"), "De start met Begindatum "
                            + m.start().begindatum() + " is al tijdelijk gestopt per " + eerder.einddatum()
                            + ". Hervat de zorg met een nieuwe start (nieuwe Begindatum) of stop definitief met een "
                            + "andere RedenBeeindiging dan 20."));
        }
    }
}
