package nl.twente.ijw.gateway.validation.technisch;

import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW301;

import java.util.Set;
import nl.twente.ijw.gateway.validation.Record;
import nl.twente.ijw.gateway.validation.Regel;
import nl.twente.ijw.gateway.validation.RegelContext;
import nl.twente.ijw.gateway.validation.Regelsoort;
import org.springframework.stereotype.Component;

/**
 * TR006: every Contact (of the client and of a Relatie) gives a Telefoon, or an Adres with both
 * Huis and Postcode, or both; otherwise the aanbieder cannot reach anyone (OP091, OP130).
 */
@Component
public class Tr006ContactBereikbaar extends Regel {

    public Tr006ContactBereikbaar() {
        super("TR006", "0001", Regelsoort.IN_BERICHT, Set.of(JW301), "Header",
                "Elk Contact bevat een Telefoon, of een Adres met Huis én Postcode (of beide).",
                "Every Contact has a Telefoon, or an Adres with both Huis and Postcode (or both).");
    }

    @Override
    public void controleer(RegelContext context) {
        for (Record contact : context.records("Contact")) {
            boolean telefoon = contact.heeft("Telefoon");
            boolean huisEnPostcode = contact.heeft("Adres/Huis") && contact.heeft("Adres/Postcode");
            if (!telefoon && !huisEnPostcode) {
                context.overtreding(contact, "Dit Contact (Soort " + contact.tekst("Soort").orElse("?")
                        + ") heeft geen Telefoon en geen adres met zowel Huis als Postcode. Vul een telefoonnummer "
                        + "in, of een adres met huisnummer en postcode.");
            }
        }
    }
}
