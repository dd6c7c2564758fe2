package nl.twente.ijw.gateway.validation.inbericht;

import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW301;

import java.util.Set;
import nl.twente.ijw.gateway.validation.Record;
import nl.twente.ijw.gateway.validation.Regel;
import nl.twente.ijw.gateway.validation.RegelContext;
import nl.twente.ijw.gateway.validation.Regelsoort;
import org.springframework.stereotype.Component;

/** CD025: a Dutch address (LandCode NL) has a Huis (house number), on every Contact of a JW301. */
@Component
public class Cd025HuisBijNederlandsAdres extends Regel {

    public Cd025HuisBijNederlandsAdres() {
        super("CD025", "0001", Regelsoort.IN_BERICHT, Set.of(JW301), "Header",
                "Als Adres/LandCode NL is, is Huis gevuld.",
                "When Adres/LandCode is NL, Huis is filled.");
    }

    @Override
    public void controleer(RegelContext context) {
        for (Record contact : context.records("Contact")) {
            contact.kind("Adres")
                    .filter(adres -> adres.tekst("LandCode").filter("NL"::equals).isPresent() && !adres.heeft("Huis"))
                    .ifPresent(adres -> context.overtreding(adres, adres.pad("Huis"),
                            "Een Nederlands adres (LandCode NL) zonder Huis. Vul het Huisnummer (CD025)."));
        }
    }
}
