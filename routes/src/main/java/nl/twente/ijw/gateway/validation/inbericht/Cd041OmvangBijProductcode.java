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

/** CD041: a specific product (Product/Code filled) always has an Omvang. */
@Component
public class Cd041OmvangBijProductcode extends Regel {

    public Cd041OmvangBijProductcode() {
        super("CD041", "0001", Regelsoort.IN_BERICHT, Set.of(JW301, JW315, JW317), "Header",
                "Als Product/Code gevuld is, is Omvang gevuld.",
                "When Product/Code is filled, Omvang is filled.");
    }

    @Override
    public void controleer(RegelContext context) {
        for (Productregel regel : Productregel.in(context, TOEGEWEZEN, AANGEVRAAGD, NIEUW)) {
            if (regel.heeft("Product/Code") && !regel.heeft("Omvang")) {
                context.overtreding(regel.record(), regel.pad("Omvang"), regel.klasse() + " met productcode "
                        + regel.record().tekst("Product/Code").orElseThrow() + " heeft geen Omvang. Vul Volume, Eenheid en "
                        + "Frequentie (CD041).");
            }
        }
    }
}
