package nl.twente.ijw.gateway.validation.inbericht;

import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW301;

import java.util.Set;
import nl.twente.ijw.gateway.validation.Record;
import nl.twente.ijw.gateway.validation.Regel;
import nl.twente.ijw.gateway.validation.RegelContext;
import nl.twente.ijw.gateway.validation.Regelsoort;
import org.springframework.stereotype.Component;

/**
 * CD034: a BRP address (Soort 01) or residence address (03) has a Postcode. A Contact of such a
 * Soort without any Adres lacks the Postcode too.
 */
@Component
public class Cd034PostcodeBijBrpOfVerblijfadres extends Regel {

    private static final Set<String> SOORTEN = Set.of("01", "03");

    public Cd034PostcodeBijBrpOfVerblijfadres() {
        super("CD034", "0001", Regelsoort.IN_BERICHT, Set.of(JW301), "Header",
                "Bij Contact/Soort 01 (BRP-adres) of 03 (verblijfadres) is Adres/Postcode gevuld.",
                "For Contact/Soort 01 (BRP address) or 03 (residence address), Adres/Postcode is filled.");
    }

    @Override
    public void controleer(RegelContext context) {
        for (Record contact : context.records("Contact")) {
            String soort = contact.tekst("Soort").orElse("");
            if (SOORTEN.contains(soort) && !contact.heeft("Adres/Postcode")) {
                context.overtreding(contact, contact.pad("Adres/Postcode"), "Contact met Soort " + soort
                        + (soort.equals("01") ? " (BRP-adres)" : " (verblijfadres)") + " zonder Postcode. Vul de Postcode (CD034).");
            }
        }
    }
}
