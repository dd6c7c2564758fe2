package nl.twente.ijw.gateway.validation.technisch;

import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW323;

import java.util.Set;
import nl.twente.ijw.gateway.validation.Record;
import nl.twente.ijw.gateway.validation.Regel;
import nl.twente.ijw.gateway.validation.RegelContext;
import nl.twente.ijw.gateway.validation.Regelsoort;
import org.springframework.stereotype.Component;

/**
 * TR358: the declaration's TotaalIngediendBedrag equals the sum of all prestaties'
 * IngediendBedrag, debits added and credits subtracted (OP267); all amounts in cents, the
 * total's own DebetCredit gives its sign.
 */
@Component
public class Tr358TotaalIsSomVanPrestaties extends Regel {

    public Tr358TotaalIsSomVanPrestaties() {
        super("TR358", "0001", Regelsoort.IN_BERICHT, Set.of(JW323), "Header",
                "TotaalIngediendBedrag is de som van het IngediendBedrag van alle prestaties, debet opgeteld en "
                        + "credit afgetrokken.",
                "TotaalIngediendBedrag equals the sum of all prestaties' IngediendBedrag, debits added and credits "
                        + "subtracted.");
    }

    @Override
    public void controleer(RegelContext context) {
        for (Record declaratie : context.records("Declaratie")) {
            Record totaal = declaratie.kind("TotaalIngediendBedrag").orElseThrow();
            long opgegeven = Bedrag.getekend(totaal, "TotaalBedrag");
            long som = declaratie.alle("Prestatie").stream()
                    .mapToLong(p -> Bedrag.getekend(p.kind("IngediendBedrag").orElseThrow(), "Bedrag"))
                    .sum();
            if (opgegeven != som) {
                context.overtreding(totaal, "Het TotaalIngediendBedrag is " + Bedrag.tekst(opgegeven)
                        + " euro, maar de prestaties tellen op tot " + Bedrag.tekst(som) + " euro (debet opgeteld, "
                        + "credit afgetrokken). Maak het totaal gelijk aan die som.");
            }
        }
    }
}
