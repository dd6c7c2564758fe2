package nl.twente.ijw.gateway.validation.inbericht;

import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW315;

import java.util.Set;
import nl.twente.ijw.gateway.validation.Record;
import nl.twente.ijw.gateway.validation.Regel;
import nl.twente.ijw.gateway.validation.RegelContext;
import nl.twente.ijw.gateway.validation.Regelsoort;
import org.springframework.stereotype.Component;

/** CD068: only a care-provider referrer (Type 02–05) has a ZorgverlenerCode (AGB). */
@Component
public class Cd068ZorgverlenerCodeAlleenBijZorgverlener extends Regel {

    public Cd068ZorgverlenerCodeAlleenBijZorgverlener() {
        super("CD068", "0001", Regelsoort.IN_BERICHT, Set.of(JW315), "Header",
                "Als Verwijzer/Type niet 02, 03, 04 of 05 is, is ZorgverlenerCode leeg.",
                "When Verwijzer/Type is not 02, 03, 04 or 05, ZorgverlenerCode is empty.");
    }

    @Override
    public void controleer(RegelContext context) {
        for (Record verwijzer : context.records("Verwijzer")) {
            if (!Verwijzers.isZorgverlener(verwijzer)) {
                verwijzer.kind("ZorgverlenerCode").ifPresent(code -> context.overtreding(code, "Verwijzer van type "
                        + Verwijzers.type(verwijzer) + " heeft een ZorgverlenerCode (" + code.tekst() + "); alleen een "
                        + "huisarts, jeugdarts, gecertificeerde instelling of medisch specialist (02–05) heeft er een. "
                        + "Laat de ZorgverlenerCode weg of corrigeer het Type (CD068)."));
            }
        }
    }
}
