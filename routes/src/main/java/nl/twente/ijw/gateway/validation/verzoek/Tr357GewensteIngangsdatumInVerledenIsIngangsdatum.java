package nl.twente.ijw.gateway.validation.verzoek;

import java.time.LocalDate;
import nl.twente.ijw.gateway.stand.ToewijzingStand;
import nl.twente.ijw.gateway.stand.ToewijzingStand.Toewijzing;
import nl.twente.ijw.gateway.validation.Record;
import nl.twente.ijw.gateway.validation.RegelContext;
import org.springframework.stereotype.Component;

/**
 * TR357 (9357): a change that does not lie in the future (GewensteIngangsdatum on or before
 * the Dagtekening) covers the toewijzing's whole period, so it starts on its Ingangsdatum.
 */
@Component
public class Tr357GewensteIngangsdatumInVerledenIsIngangsdatum extends TeWijzigenProductRegel {

    public Tr357GewensteIngangsdatumInVerledenIsIngangsdatum(ToewijzingStand toewijzingen) {
        super("TR357", "9357",
                "Ligt de GewensteIngangsdatum van een TeWijzigenProduct op of vóór de Dagtekening, dan is zij gelijk "
                        + "aan de Ingangsdatum van de toewijzing.",
                "A TeWijzigenProduct whose GewensteIngangsdatum is on or before the Dagtekening starts on the "
                        + "toewijzing's Ingangsdatum.",
                toewijzingen);
    }

    @Override
    void controleer(RegelContext context, Vow vow, Record product, Toewijzing toewijzing) {
        LocalDate gewenst = product.datum("GewensteIngangsdatum").orElseThrow();
        if (!gewenst.isAfter(vow.dagtekening()) && !gewenst.equals(toewijzing.ingangsdatum())) {
            context.overtreding(product, product.pad("GewensteIngangsdatum"), "GewensteIngangsdatum " + gewenst
                    + " ligt niet na de Dagtekening " + vow.dagtekening() + " en wijkt af van de Ingangsdatum "
                    + toewijzing.ingangsdatum() + " van toewijzing " + toewijzing.toewijzingNummer() + ". Een wijziging "
                    + "die niet in de toekomst ligt, geldt voor de hele toewijzing: gebruik " + toewijzing.ingangsdatum()
                    + ", of een datum na de Dagtekening.");
        }
    }
}
