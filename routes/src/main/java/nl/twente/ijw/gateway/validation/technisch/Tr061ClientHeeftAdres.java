package nl.twente.ijw.gateway.validation.technisch;

import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW301;

import java.util.Set;
import nl.twente.ijw.gateway.validation.Record;
import nl.twente.ijw.gateway.validation.Regel;
import nl.twente.ijw.gateway.validation.RegelContext;
import nl.twente.ijw.gateway.validation.Regelsoort;
import org.springframework.stereotype.Component;

/**
 * TR061: the client's Contactgegevens hold at least one Contact of Soort 01 (BRP), 02
 * (correspondence) or 03 (residence); a temporary address (04) alone is not enough (OP091).
 */
@Component
public class Tr061ClientHeeftAdres extends Regel {

    private static final Set<String> VASTE_ADRESSEN = Set.of("01", "02", "03");

    public Tr061ClientHeeftAdres() {
        super("TR061", "0001", Regelsoort.IN_BERICHT, Set.of(JW301), "Header",
                "De Client heeft minstens één Contact met Soort 01 (BRP-adres), 02 (correspondentieadres) of 03 "
                        + "(verblijfadres).",
                "The Client has at least one Contact with Soort 01 (BRP), 02 (correspondence) or 03 (residence).");
    }

    @Override
    public void controleer(RegelContext context) {
        for (Record client : context.records("Client")) {
            boolean heeftAdres = client.kind("Contactgegevens").stream()
                    .flatMap(g -> g.kinderen("Contact").stream())
                    .anyMatch(c -> c.tekst("Soort").map(VASTE_ADRESSEN::contains).orElse(false));
            if (!heeftAdres) {
                context.overtreding(client, client.pad("Contactgegevens"), "De cliënt heeft geen Contact met Soort "
                        + "01, 02 of 03; alleen een tijdelijk adres (04) is niet genoeg. Geef ook het BRP-, "
                        + "correspondentie- of verblijfadres.");
            }
        }
    }
}
