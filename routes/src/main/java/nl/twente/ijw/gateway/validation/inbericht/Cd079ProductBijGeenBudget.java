package nl.twente.ijw.gateway.validation.inbericht;

import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW301;
import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW315;
import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW317;
import static nl.twente.ijw.gateway.validation.inbericht.Productregel.AANGEVRAAGD;
import static nl.twente.ijw.gateway.validation.inbericht.Productregel.NIEUW;
import static nl.twente.ijw.gateway.validation.inbericht.Productregel.TOEGEWEZEN;

import java.util.Set;
import nl.twente.ijw.gateway.validation.Regel;
import nl.twente.ijw.gateway.validation.RegelContext;
import nl.twente.ijw.gateway.validation.Regelsoort;
import org.springframework.stereotype.Component;

/**
 * CD079: only a generic toewijzing (a Budget, no Product) may leave Product out; without a
 * Budget the Product is required. ToegewezenProduct, AangevraagdProduct and NieuwProduct (a
 * TeWijzigenProduct has no Product: it keeps its toewijzing's).
 */
@Component
public class Cd079ProductBijGeenBudget extends Regel {

    public Cd079ProductBijGeenBudget() {
        super("CD079", "0001", Regelsoort.IN_BERICHT, Set.of(JW301, JW315, JW317), "Header",
                "Als Budget leeg is, is Product gevuld.",
                "When Budget is empty, Product is filled.");
    }

    @Override
    public void controleer(RegelContext context) {
        for (Productregel regel : Productregel.in(context, TOEGEWEZEN, AANGEVRAAGD, NIEUW)) {
            if (!regel.heeft("Budget") && !regel.heeft("Product")) {
                context.overtreding(regel.record(), regel.pad("Product"), regel.klasse() + " zonder Product en zonder Budget. "
                        + "Vul het Product (Categorie, met Code als die er is), of een Budget voor een generieke toewijzing (CD079).");
            }
        }
    }
}
