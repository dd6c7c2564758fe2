package nl.twente.ijw.gateway.validation.inbericht;

import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW315;

import java.util.Set;
import nl.twente.ijw.gateway.validation.Record;
import nl.twente.ijw.gateway.validation.Regel;
import nl.twente.ijw.gateway.validation.RegelContext;
import nl.twente.ijw.gateway.validation.Regelsoort;
import org.springframework.stereotype.Component;

/** CD066: a care-provider referrer identified by its AGB code carries no name besides it. */
@Component
public class Cd066GeenVerwijzerNaamBijZorgverlenerCode extends Regel {

    public Cd066GeenVerwijzerNaamBijZorgverlenerCode() {
        super("CD066", "0001", Regelsoort.IN_BERICHT, Set.of(JW315), "Header",
                "Bij Verwijzer/Type 02, 03, 04 of 05 met een ZorgverlenerCode is Verwijzer/Naam leeg.",
                "For Verwijzer/Type 02, 03, 04 or 05 with a ZorgverlenerCode, Verwijzer/Naam is empty.");
    }

    @Override
    public void controleer(RegelContext context) {
        for (Record verwijzer : context.records("Verwijzer")) {
            if (Verwijzers.isZorgverlener(verwijzer) && verwijzer.heeft("ZorgverlenerCode") && verwijzer.heeft("Naam")) {
                context.overtreding(verwijzer, verwijzer.pad("Naam"), "Verwijzer van type " + Verwijzers.type(verwijzer)
                        + " met ZorgverlenerCode " + verwijzer.tekst("ZorgverlenerCode").orElseThrow()
                        + " heeft ook een Naam. Laat de Naam weg: de AGB-code identificeert de verwijzer (CD066).");
            }
        }
    }
}
