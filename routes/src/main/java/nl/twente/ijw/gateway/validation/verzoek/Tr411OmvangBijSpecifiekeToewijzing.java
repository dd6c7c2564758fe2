package nl.twente.ijw.gateway.validation.verzoek;

import nl.twente.ijw.gateway.stand.ToewijzingStand;
import nl.twente.ijw.gateway.stand.ToewijzingStand.Toewijzing;
import nl.twente.ijw.gateway.validation.Record;
import nl.twente.ijw.gateway.validation.RegelContext;
import org.springframework.stereotype.Component;

/** TR411 (9411): a TeWijzigenProduct of a toewijzing whose Product has a Code carries an Omvang. */
@Component
public class Tr411OmvangBijSpecifiekeToewijzing extends TeWijzigenProductRegel {

    public Tr411OmvangBijSpecifiekeToewijzing(ToewijzingStand toewijzingen) {
        super("TR411", "9411",
                "Een TeWijzigenProduct van een toewijzing met een productcode bevat een Omvang.",
                "A TeWijzigenProduct of a toewijzing with a product code carries an Omvang.",
                toewijzingen);
    }

    @Override
    void controleer(RegelContext context, Vow vow, Record product, Toewijzing toewijzing) {
        if (toewijzing.productCode() != null && !product.heeft("Omvang")) {
            context.overtreding(product, "Toewijzing " + toewijzing.toewijzingNummer() + " heeft productcode "
                    + toewijzing.productCode() + ", dus het TeWijzigenProduct moet een Omvang bevatten. Vul de "
                    + "gewenste Omvang in, ook als die niet verandert.");
        }
    }
}
