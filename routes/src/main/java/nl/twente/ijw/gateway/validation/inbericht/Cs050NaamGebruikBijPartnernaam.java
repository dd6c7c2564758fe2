package nl.twente.ijw.gateway.validation.inbericht;

import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW301;

import java.util.Set;
import nl.twente.ijw.gateway.validation.Record;
import nl.twente.ijw.gateway.validation.Regel;
import nl.twente.ijw.gateway.validation.RegelContext;
import nl.twente.ijw.gateway.validation.Regelsoort;
import org.springframework.stereotype.Component;

/**
 * CS050: with a Partnernaam, NaamGebruik says how the partner's name is used (1–4); without one
 * only 1 (own name) or 6 (organisation, IV045) fit. Checked on every VolledigeNaam of a JW301:
 * the client's and each Relatie's (CS318 separately forbids 6 for the client).
 */
@Component
public class Cs050NaamGebruikBijPartnernaam extends Regel {

    private static final Set<String> MET_PARTNER = Set.of("1", "2", "3", "4");
    private static final Set<String> ZONDER_PARTNER = Set.of("1", "6");

    public Cs050NaamGebruikBijPartnernaam() {
        super("CS050", "0001", Regelsoort.IN_BERICHT, Set.of(JW301), "Header",
                "Met een Partnernaam is NaamGebruik 1, 2, 3 of 4; zonder Partnernaam 1 of 6.",
                "With a Partnernaam, NaamGebruik is 1, 2, 3 or 4; without one, 1 or 6.");
    }

    @Override
    public void controleer(RegelContext context) {
        for (Record naam : context.records("Naam")) {
            if (naam.kind("NaamGebruik").isEmpty()) {
                continue; // a VerkorteNaam or Verwijzer/Naam: no NaamGebruik, not this rule
            }
            Record gebruik = naam.kind("NaamGebruik").orElseThrow();
            boolean partner = naam.heeft("Partnernaam");
            if (partner && !MET_PARTNER.contains(gebruik.tekst())) {
                context.overtreding(gebruik, "NaamGebruik " + gebruik.tekst() + " past niet bij een gevulde Partnernaam. "
                        + "Vul 1, 2, 3 of 4, of laat de Partnernaam weg (CS050).");
            } else if (!partner && !ZONDER_PARTNER.contains(gebruik.tekst())) {
                context.overtreding(gebruik, "NaamGebruik " + gebruik.tekst() + " verwijst naar een partnernaam, maar "
                        + "Partnernaam ontbreekt. Vul de Partnernaam, of NaamGebruik 1 (of 6 voor een organisatie) (CS050).");
            }
        }
    }
}
