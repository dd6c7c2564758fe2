package nl.twente.ijw.gateway.validation.inbericht;

import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW301;

import java.util.Set;
import nl.twente.ijw.gateway.validation.Record;
import nl.twente.ijw.gateway.validation.Regel;
import nl.twente.ijw.gateway.validation.RegelContext;
import nl.twente.ijw.gateway.validation.Regelsoort;
import org.springframework.stereotype.Component;

/** CD009: only a temporary address (Contact/Soort 04) carries a Periode. */
@Component
public class Cd009PeriodeAlleenBijTijdelijkAdres extends Regel {

    public Cd009PeriodeAlleenBijTijdelijkAdres() {
        super("CD009", "0001", Regelsoort.IN_BERICHT, Set.of(JW301), "Header",
                "Contact/Periode is alleen gevuld bij Soort 04 (tijdelijk adres).",
                "Contact/Periode is only filled when Soort is 04 (temporary address).");
    }

    @Override
    public void controleer(RegelContext context) {
        for (Record contact : context.records("Contact")) {
            String soort = contact.tekst("Soort").orElse("");
            if (!"04".equals(soort)) {
                contact.kind("Periode").ifPresent(periode -> context.overtreding(periode, "Contact met Soort " + soort
                        + " heeft een Periode; alleen een tijdelijk adres (Soort 04) heeft een Periode. Laat de Periode weg (CD009)."));
            }
        }
    }
}
