package nl.twente.ijw.gateway.validation.inbericht;

import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW301;

import java.util.Set;
import nl.twente.ijw.gateway.validation.Record;
import nl.twente.ijw.gateway.validation.Regel;
import nl.twente.ijw.gateway.validation.RegelContext;
import nl.twente.ijw.gateway.validation.Regelsoort;
import org.springframework.stereotype.Component;

/**
 * CD005: an address's LandCode is filled exactly when its Postcode is, so that a postcode can
 * always be read in its country's format (see CS089 for NL). Every Contact of a JW301: the
 * client's Contactgegevens and each Relatie's Contact.
 */
@Component
public class Cd005LandCodeBijPostcode extends Regel {

    public Cd005LandCodeBijPostcode() {
        super("CD005", "0001", Regelsoort.IN_BERICHT, Set.of(JW301), "Header",
                "Adres/LandCode is gevuld als Postcode gevuld is, en anders leeg.",
                "Adres/LandCode is filled when Postcode is filled, and empty otherwise.");
    }

    @Override
    public void controleer(RegelContext context) {
        for (Record contact : context.records("Contact")) {
            contact.kind("Adres").ifPresent(adres -> {
                boolean postcode = adres.heeft("Postcode");
                boolean landCode = adres.heeft("LandCode");
                if (postcode && !landCode) {
                    context.overtreding(adres, adres.pad("LandCode"),
                            "Het adres heeft een Postcode maar geen LandCode. Vul de LandCode (NL voor Nederland) (CD005).");
                } else if (!postcode && landCode) {
                    context.overtreding(adres, adres.pad("LandCode"), "LandCode " + adres.tekst("LandCode").orElseThrow()
                            + " is gevuld zonder Postcode. Vul de Postcode, of laat de LandCode weg (CD005).");
                }
            });
        }
    }
}
