package nl.twente.ijw.gateway.validation.verzoek;

import nl.twente.ijw.gateway.stand.ToewijzingStand;
import nl.twente.ijw.gateway.stand.ToewijzingStand.Toewijzing;
import nl.twente.ijw.gateway.validation.Record;
import nl.twente.ijw.gateway.validation.RegelContext;
import org.springframework.stereotype.Component;

/**
 * TR375 (9375): a generic toewijzing (no Product at all, only a Budget) gets no Omvang in a
 * TeWijzigenProduct when the end date lies after 2020 or is open. The source does not say
 * whose end date; for a current toewijzing both are after 2020, and the requested one is used.
 */
@Component
public class Tr375GeenOmvangBijGeneriekeToewijzing extends TeWijzigenProductRegel {

    public Tr375GeenOmvangBijGeneriekeToewijzing(ToewijzingStand toewijzingen) {
        super("TR375", "9375",
                "Een TeWijzigenProduct van een toewijzing zonder Product heeft geen Omvang als de einddatum na "
                        + "2020-12-31 ligt of open is.",
                "A TeWijzigenProduct of a toewijzing without Product has no Omvang when the end date is after "
                        + "2020-12-31 or open.",
                toewijzingen);
    }

    @Override
    void controleer(RegelContext context, Vow vow, Record product, Toewijzing toewijzing) {
        if (toewijzing.productCategorie() == null && product.heeft("Omvang") && eindtNa2020(product)) {
            context.overtreding(product, product.pad("Omvang"), "Toewijzing " + toewijzing.toewijzingNummer()
                    + " is generiek (zonder Product) en heeft dus geen Omvang. Laat Omvang weg en vraag zo nodig een "
                    + "ander Budget.");
        }
    }
}
