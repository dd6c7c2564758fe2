package nl.twente.ijw.gateway.validation.levering;

import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW307;

import java.util.Set;
import nl.twente.ijw.gateway.stand.levering.LeveringStand;
import nl.twente.ijw.gateway.validation.Regel;
import nl.twente.ijw.gateway.validation.RegelContext;
import nl.twente.ijw.gateway.validation.Regelsoort;
import org.springframework.stereotype.Component;

/**
 * TR415 (9415): after a definitive stop (any RedenBeeindiging but 20) for a Bsn + ToewijzingNummer
 * + Begindatum no further stop for it is accepted. To change it, remove it first (IV008); to
 * deliver again, send a new start. Removed stops do not count.
 */
@Component
public class Tr415GeenStopNaDefinitieveStop extends Regel {

    private final LeveringStand stand;

    public Tr415GeenStopNaDefinitieveStop(LeveringStand stand) {
        super("TR415", "9415", Regelsoort.BERICHTOVERSTIJGEND, Set.of(JW307), "StopProduct",
                "Een stop mag niet als er al een definitieve stop (RedenBeeindiging niet 20) is voor hetzelfde Bsn, "
                        + "ToewijzingNummer en Begindatum.",
                "A stop is not allowed when a definitive stop (RedenBeeindiging other than 20) for the same Bsn, "
                        + "ToewijzingNummer and Begindatum already exists.");
        this.stand = stand;
    }

    @Override
    public void controleer(RegelContext context) {
        Leveringsbeeld beeld = Leveringsbeeld.van(context, stand);
        for (Melding m : beeld.toevoegingen()) {
            beeld.eerdereStops(m).stream().filter(s -> !s.isTijdelijk()).findFirst().ifPresent(definitief ->
                    context.overtreding(m.record(), "De start met Begindatum " + m.start().begindatum() + " is al "
                            + "definitief gestopt per " + definitief.einddatum() + " (RedenBeeindiging "
                            + definitief.redenBeeindiging() + "). Verwijder die stop eerst (StatusAanlevering 3) als hij "
                            + "onjuist was, of stuur een nieuwe start als de zorg opnieuw begint."));
        }
    }
}
