package nl.twente.ijw.gateway.validation.declaratie;

import nl.twente.ijw.gateway.stand.ToewijzingStand.Toewijzing;
import nl.twente.ijw.gateway.validation.RegelContext;
import org.springframework.stereotype.Component;

/** TR339 (9339): when the toewijzing has a Categorie, the prestatie's ProductCategorie equals it. */
@Component
public class Tr339ProductCategorieVanToewijzing extends PrestatieTegenToewijzing {

    public Tr339ProductCategorieVanToewijzing(Declaratiegegevens gegevens) {
        super("TR339", "9339",
                "Heeft de toewijzing een productcategorie, dan is de ProductCategorie van de prestatie gelijk daaraan.",
                "When the toewijzing has a product category, the prestatie's ProductCategorie equals it.", gegevens);
    }

    @Override
    protected void controleer(RegelContext context, Prestatie p, Toewijzing t) {
        if (t.productCategorie() != null && !t.productCategorie().equals(p.categorie())) {
            context.overtreding(p.record(), p.record().pad("ProductCategorie"), "Prestatie " + p.referentieNummer()
                    + " declareert productcategorie " + p.categorie() + ", maar toewijzing " + p.toewijzingNummer()
                    + " is voor categorie " + t.productCategorie() + ". Declareer de categorie van de toewijzing.");
        }
    }
}
