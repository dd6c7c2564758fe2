package nl.twente.ijw.gateway.validation.levering;

import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW307;

import java.util.Set;
import nl.twente.ijw.gateway.stand.levering.LeveringStand;
import nl.twente.ijw.gateway.validation.Regel;
import nl.twente.ijw.gateway.validation.RegelContext;
import nl.twente.ijw.gateway.validation.Regelsoort;
import org.springframework.stereotype.Component;

/**
 * TR414 (9414): when a stop for the same Bsn + ToewijzingNummer + Begindatum already counts, a new
 * stop does not end earlier: its Einddatum is on or after that stop's. Equal is allowed since
 * 3.2, e.g. a definitive stop on the day of the pause (OP377, OP378). Removed stops do not count.
 */
@Component
public class Tr414EinddatumNietEerder extends Regel {

    private final LeveringStand stand;

    public Tr414EinddatumNietEerder(LeveringStand stand) {
        super("TR414", "9414", Regelsoort.BERICHTOVERSTIJGEND, Set.of(JW307), "StopProduct",
                "Is er al een stop voor hetzelfde Bsn, ToewijzingNummer en Begindatum, dan ligt de Einddatum van de "
                        + "nieuwe stop niet vóór de Einddatum van die stop.",
                "When a stop for the same Bsn, ToewijzingNummer and Begindatum already exists, the new stop's "
                        + "Einddatum is not before that stop's Einddatum.");
        this.stand = stand;
    }

    @Override
    public void controleer(RegelContext context) {
        Leveringsbeeld beeld = Leveringsbeeld.van(context, stand);
        for (Melding m : beeld.toevoegingen()) {
            beeld.eerdereStops(m).stream().filter(s -> s.einddatum().isAfter(m.stop().einddatum())).findFirst()
                    .ifPresent(eerder -> context.overtreding(m.record(), m.record().pad("Einddatum"),
                            "Voor de start met Begindatum " + m.start().begindatum() + " is al een stop ontvangen met "
                                    + "Einddatum " + eerder.einddatum() + " (RedenBeeindiging " + eerder.redenBeeindiging()
                                    + "); deze stop eindigt eerder (" + m.stop().einddatum() + "). Geef een Einddatum op "
                                    + "of na " + eerder.einddatum() + ", of verwijder eerst de eerdere stop "
                                    + "(StatusAanlevering 3) als die onjuist was."));
        }
    }
}
