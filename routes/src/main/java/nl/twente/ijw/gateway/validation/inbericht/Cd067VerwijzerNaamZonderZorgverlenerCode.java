package nl.twente.ijw.gateway.validation.inbericht;

import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW315;

import java.util.Set;
import nl.twente.ijw.gateway.validation.Record;
import nl.twente.ijw.gateway.validation.Regel;
import nl.twente.ijw.gateway.validation.RegelContext;
import nl.twente.ijw.gateway.validation.Regelsoort;
import org.springframework.stereotype.Component;

/** CD067: a care-provider referrer without AGB code is identified by its name. */
@Component
public class Cd067VerwijzerNaamZonderZorgverlenerCode extends Regel {

    public Cd067VerwijzerNaamZonderZorgverlenerCode() {
        super("CD067", "0001", Regelsoort.IN_BERICHT, Set.of(JW315), "Header",
                "Bij Verwijzer/Type 02, 03, 04 of 05 zonder ZorgverlenerCode is Verwijzer/Naam gevuld.",
                "For Verwijzer/Type 02, 03, 04 or 05 without a ZorgverlenerCode, Verwijzer/Naam is filled.");
    }

    @Override
    public void controleer(RegelContext context) {
        for (Record verwijzer : context.records("Verwijzer")) {
            if (Verwijzers.isZorgverlener(verwijzer) && !verwijzer.heeft("ZorgverlenerCode") && !verwijzer.heeft("Naam")) {
                context.overtreding(verwijzer, verwijzer.pad("Naam"), "Verwijzer van type " + Verwijzers.type(verwijzer)
                        + " zonder ZorgverlenerCode en zonder Naam. Vul de AGB-code van de verwijzer, of anders de Naam (CD067).");
            }
        }
    }
}
