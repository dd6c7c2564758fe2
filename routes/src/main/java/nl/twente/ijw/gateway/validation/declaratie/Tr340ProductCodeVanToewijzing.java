package nl.twente.ijw.gateway.validation.declaratie;

import nl.twente.ijw.gateway.stand.ToewijzingStand.Toewijzing;
import nl.twente.ijw.gateway.validation.RegelContext;
import org.springframework.stereotype.Component;

/** TR340 (9340): when the toewijzing has a product Code, the prestatie's ProductCode equals it. */
@Component
public class Tr340ProductCodeVanToewijzing extends PrestatieTegenToewijzing {

    public Tr340ProductCodeVanToewijzing(Declaratiegegevens gegevens) {
        super("TR340", "9340",
                "Heeft de toewijzing een productcode, dan is de ProductCode van de prestatie gelijk daaraan.",
                "When the toewijzing has a product code, the prestatie's ProductCode equals it.", gegevens);
    }

    @Override
    protected void controleer(RegelContext context, Prestatie p, Toewijzing t) {
        if (t.productCode() != null && !t.productCode().equals(p.code())) {
            context.overtreding(p.record(), p.record().pad("ProductCode"), "Prestatie " + p.referentieNummer()
                    + " declareert productcode " + p.code() + ", maar toewijzing " + p.toewijzingNummer()
                    + " is voor product " + t.productCode() + ". Declareer de productcode van de toewijzing.");
        }
    }
}
