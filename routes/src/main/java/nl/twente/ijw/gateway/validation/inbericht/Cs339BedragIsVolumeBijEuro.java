package nl.twente.ijw.gateway.validation.inbericht;

import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW323;

import java.util.Set;
import nl.twente.ijw.gateway.validation.Record;
import nl.twente.ijw.gateway.validation.Regel;
import nl.twente.ijw.gateway.validation.RegelContext;
import nl.twente.ijw.gateway.validation.Regelsoort;
import org.springframework.stereotype.Component;

/**
 * CS339: in Eenheid 83 (euro's) the GeleverdVolume is an amount in cents, so the IngediendBedrag
 * equals it. Compared as numbers (the XSD lets '+' and leading zeros through).
 */
@Component
public class Cs339BedragIsVolumeBijEuro extends Regel {

    public Cs339BedragIsVolumeBijEuro() {
        super("CS339", "0001", Regelsoort.IN_BERICHT, Set.of(JW323), "Header",
                "Bij Eenheid 83 (euro's) is IngediendBedrag/Bedrag gelijk aan GeleverdVolume.",
                "For Eenheid 83 (euros), IngediendBedrag/Bedrag equals GeleverdVolume.");
    }

    @Override
    public void controleer(RegelContext context) {
        for (Record prestatie : context.records("Prestatie")) {
            if (!prestatie.tekst("Eenheid").filter("83"::equals).isPresent()) {
                continue;
            }
            long volume = prestatie.getal("GeleverdVolume").orElseThrow();
            long bedrag = prestatie.getal("IngediendBedrag/Bedrag").orElseThrow();
            if (volume != bedrag) {
                context.overtreding(prestatie, prestatie.pad("IngediendBedrag/Bedrag"), "Bij Eenheid 83 (euro's) is het "
                        + "IngediendBedrag " + bedrag + " niet gelijk aan het GeleverdVolume " + volume + ". Vul beide met "
                        + "hetzelfde bedrag in eurocenten (CS339).");
            }
        }
    }
}
