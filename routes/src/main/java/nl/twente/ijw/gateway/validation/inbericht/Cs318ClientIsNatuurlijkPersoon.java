package nl.twente.ijw.gateway.validation.inbericht;

import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW301;

import java.util.Set;
import nl.twente.ijw.gateway.validation.Record;
import nl.twente.ijw.gateway.validation.Regel;
import nl.twente.ijw.gateway.validation.RegelContext;
import nl.twente.ijw.gateway.validation.Regelsoort;
import org.springframework.stereotype.Component;

/**
 * CS318: the client of a toewijzing is a person, so its NaamGebruik is never 6 (niet-natuurlijk
 * persoon). A Relatie may be an organisation (IV045) and is not checked here.
 */
@Component
public class Cs318ClientIsNatuurlijkPersoon extends Regel {

    public Cs318ClientIsNatuurlijkPersoon() {
        super("CS318", "0001", Regelsoort.IN_BERICHT, Set.of(JW301), "Header",
                "NaamGebruik van de client is niet 6 (niet-natuurlijk persoon).",
                "The client's NaamGebruik is not 6 (non-natural person).");
    }

    @Override
    public void controleer(RegelContext context) {
        for (Record client : context.root().kinderen("Client")) {
            client.kind("Naam/NaamGebruik")
                    .filter(n -> "6".equals(n.tekst()))
                    .ifPresent(n -> context.overtreding(n, "NaamGebruik 6 (niet-natuurlijk persoon) is voor de client niet "
                            + "toegestaan. Vul 1 (eigen naam) of, met een Partnernaam, 1 tot en met 4 (CS318)."));
        }
    }
}
