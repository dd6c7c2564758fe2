package nl.twente.ijw.gateway.validation.verzoek;

import nl.twente.ijw.gateway.stand.ToewijzingStand;
import nl.twente.ijw.gateway.stand.ToewijzingStand.Toewijzing;
import nl.twente.ijw.gateway.validation.Record;
import nl.twente.ijw.gateway.validation.RegelContext;
import org.springframework.stereotype.Component;

/**
 * TR412 (9412): a TeWijzigenProduct of an aspecific toewijzing (Product with a Categorie but
 * no Code) carries no Omvang when the end date lies after 2020 or is open; the requested end
 * date is used, as in {@link Tr375GeenOmvangBijGeneriekeToewijzing}.
 */
@Component
public class Tr412GeenOmvangBijAspecifiekeToewijzing extends TeWijzigenProductRegel {

    public Tr412GeenOmvangBijAspecifiekeToewijzing(ToewijzingStand toewijzingen) {
        super("TR412", "9412",
                "Een TeWijzigenProduct van een toewijzing met alleen een productcategorie (geen productcode) heeft "
                        + "geen Omvang als de einddatum na 2020-12-31 ligt of open is.",
                "A TeWijzigenProduct of a toewijzing with a product category but no product code has no Omvang "
                        + "when the end date is after 2020-12-31 or open.",
                toewijzingen);
    }

    @Override
    void controleer(RegelContext context, Vow vow, Record product, Toewijzing toewijzing) {
        if (toewijzing.productCategorie() != null && toewijzing.productCode() == null
                && product.heeft("Omvang") && eindtNa2020(product)) {
            context.overtreding(product, product.pad("Omvang"), "Toewijzing " + toewijzing.toewijzingNummer()
                    + " heeft alleen productcategorie " + toewijzing.productCategorie() + " (geen productcode) en "
                    + "daarom geen Omvang. Laat Omvang weg.");
        }
    }
}
