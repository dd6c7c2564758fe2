package nl.twente.ijw.gateway.validation.inbericht;

import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW323;
import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW325;

import java.util.Set;
import nl.twente.ijw.gateway.validation.Record;
import nl.twente.ijw.gateway.validation.Regel;
import nl.twente.ijw.gateway.validation.RegelContext;
import nl.twente.ijw.gateway.validation.Regelsoort;
import org.springframework.stereotype.Component;

/**
 * CD060: a credit prestatie names the debit it cancels in VorigReferentieNummer (IV091); a
 * debit has none. Also for the prestaties echoed in a JW325, whose findings only reach the
 * report (a JW325 is never answered).
 */
@Component
public class Cd060VorigReferentieNummerBijCredit extends Regel {

    public Cd060VorigReferentieNummerBijCredit() {
        super("CD060", "0001", Regelsoort.IN_BERICHT, Set.of(JW323, JW325), "Header",
                "VorigReferentieNummer is gevuld als IngediendBedrag/DebetCredit C (credit) is, en anders leeg.",
                "VorigReferentieNummer is filled when IngediendBedrag/DebetCredit is C (credit), and empty otherwise.");
    }

    @Override
    public void controleer(RegelContext context) {
        for (Record prestatie : context.records("Prestatie")) {
            boolean credit = prestatie.tekst("IngediendBedrag/DebetCredit").filter("C"::equals).isPresent();
            boolean vorig = prestatie.heeft("ProductReferentie/VorigReferentieNummer");
            String pad = prestatie.pad("ProductReferentie/VorigReferentieNummer");
            if (credit && !vorig) {
                context.overtreding(prestatie, pad, "Creditprestatie zonder VorigReferentieNummer. Vul het "
                        + "ReferentieNummer van de debetprestatie die gecrediteerd wordt (CD060).");
            } else if (!credit && vorig) {
                context.overtreding(prestatie, pad, "Debetprestatie met VorigReferentieNummer "
                        + prestatie.tekst("ProductReferentie/VorigReferentieNummer").orElseThrow() + ". Alleen een "
                        + "creditprestatie verwijst naar een eerdere prestatie: laat het VorigReferentieNummer weg (CD060).");
            }
        }
    }
}
