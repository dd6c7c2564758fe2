package nl.twente.ijw.gateway.validation.inbericht;

import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW301;

import java.util.Set;
import java.util.regex.Pattern;
import nl.twente.ijw.gateway.validation.Record;
import nl.twente.ijw.gateway.validation.Regel;
import nl.twente.ijw.gateway.validation.RegelContext;
import nl.twente.ijw.gateway.validation.Regelsoort;
import org.springframework.stereotype.Component;

/**
 * CS089: a Postcode with LandCode NL has the Dutch format. Pattern (decision): the whole value
 * matches {@code [1-9][0-9]{3}[a-zA-Z]{2}} — four digits not starting with 0, then two letters,
 * no space. This is the regular expression the condities file gives in its explanation of CS089
 * (jaapjunior, stored version 01529f9b); STANDARD.md had not found one. Lower-case letters are
 * therefore accepted; "7511 AB" (with a space) is not. The value is taken literally (xs:string keeps
 * spaces). A missing Postcode is CD005's concern.
 */
@Component
public class Cs089NederlandsePostcode extends Regel {

    private static final Pattern POSTCODE = Pattern.compile("[1-9][0-9]{3}[a-zA-Z]{2}");

    public Cs089NederlandsePostcode() {
        super("CS089", "0001", Regelsoort.IN_BERICHT, Set.of(JW301), "Header",
                "Als LandCode NL is, heeft de Postcode het Nederlandse formaat (1234AB).",
                "When LandCode is NL, the Postcode has the Dutch format (1234AB).");
    }

    @Override
    public void controleer(RegelContext context) {
        for (Record contact : context.records("Contact")) {
            contact.kind("Adres")
                    .filter(adres -> adres.tekst("LandCode").filter("NL"::equals).isPresent())
                    .flatMap(adres -> adres.kind("Postcode"))
                    .filter(postcode -> !POSTCODE.matcher(postcode.element().getTextContent()).matches())
                    .ifPresent(postcode -> context.overtreding(postcode, "Postcode '" + postcode.element().getTextContent()
                            + "' heeft niet het Nederlandse formaat: vier cijfers (niet beginnend met 0) en twee letters, "
                            + "zonder spatie, zoals 7511AB (CS089)."));
        }
    }
}
