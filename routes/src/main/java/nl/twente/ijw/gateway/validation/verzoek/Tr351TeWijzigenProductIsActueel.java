package nl.twente.ijw.gateway.validation.verzoek;

import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW317;

import java.util.Set;
import nl.twente.ijw.gateway.stand.ToewijzingStand;
import nl.twente.ijw.gateway.validation.Record;
import nl.twente.ijw.gateway.validation.Regel;
import nl.twente.ijw.gateway.validation.RegelContext;
import nl.twente.ijw.gateway.validation.Regelsoort;
import org.springframework.stereotype.Component;

/**
 * TR351 (9351): a TeWijzigenProduct names a current toewijzing that this gemeente gave to
 * this aanbieder (current: see {@link Actualiteit}).
 */
@Component
public class Tr351TeWijzigenProductIsActueel extends Regel {

    private final ToewijzingStand toewijzingen;

    public Tr351TeWijzigenProductIsActueel(ToewijzingStand toewijzingen) {
        super("TR351", "9351", Regelsoort.BERICHTOVERSTIJGEND, Set.of(JW317), "TeWijzigenProduct",
                "Het ToewijzingNummer van een TeWijzigenProduct is dat van een actuele toewijzing.",
                "A TeWijzigenProduct's ToewijzingNummer is that of a current toewijzing.");
        this.toewijzingen = toewijzingen;
    }

    @Override
    public void controleer(RegelContext context) {
        Vow vow = Vow.van(context, toewijzingen);
        for (Record product : vow.teWijzigen()) {
            if (vow.actueleToewijzing(product).isEmpty()) {
                context.overtreding(product, product.pad("ToewijzingNummer"), "Toewijzing "
                        + product.getal("ToewijzingNummer").orElseThrow() + " is geen actuele toewijzing van deze "
                        + "gemeente aan deze aanbieder (onbekend, beëindigd vóór de Dagtekening of verwijderd). "
                        + "Vraag alleen wijziging van lopende of toekomstige toewijzingen.");
            }
        }
    }
}
