package nl.twente.ijw.gateway.validation.technisch;

import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW325;

import java.util.List;
import java.util.Set;
import nl.twente.ijw.gateway.validation.Record;
import nl.twente.ijw.gateway.validation.Regel;
import nl.twente.ijw.gateway.validation.RegelContext;
import nl.twente.ijw.gateway.validation.Regelsoort;
import org.springframework.stereotype.Component;

/**
 * TR342: a JW325 echoes only refused prestaties, so they explain the difference between
 * submitted and granted: Σ IngediendBedrag of the echoed prestaties = TotaalIngediendBedrag −
 * TotaalToegekendBedrag, all signed (debit +, credit −). When the DeclaratieAntwoord itself is
 * refused (a code other than 0200 or 8001, e.g. 9333) nothing below it was assessed: then no
 * prestaties are echoed and TotaalToegekendBedrag is 0. A JW325 has no retour (IV087), so a
 * finding only reaches the report.
 */
@Component
public class Tr342AfgewezenPrestatiesVerklarenVerschil extends Regel {

    /** The codes a DeclaratieAntwoord carries when it is not refused itself. */
    private static final Set<String> NIET_AFGEWEZEN = Set.of("0200", "8001");

    public Tr342AfgewezenPrestatiesVerklarenVerschil() {
        super("TR342", "0001", Regelsoort.IN_BERICHT, Set.of(JW325), "Header",
                "In een declaratie-antwoord verklaren de meegestuurde (afgewezen) prestaties het verschil: de som van "
                        + "hun IngediendBedrag is TotaalIngediendBedrag min TotaalToegekendBedrag; is het "
                        + "DeclaratieAntwoord zelf afgewezen, dan zijn er geen prestaties en is het toegekende totaal 0.",
                "In a JW325 the echoed (refused) prestaties explain the difference: the sum of their IngediendBedrag "
                        + "equals TotaalIngediendBedrag minus TotaalToegekendBedrag; when the DeclaratieAntwoord itself "
                        + "is refused there are no prestaties and the granted total is 0.");
    }

    @Override
    public void controleer(RegelContext context) {
        for (Record antwoord : context.records("DeclaratieAntwoord")) {
            Record toegekend = antwoord.kind("TotaalToegekendBedrag").orElseThrow();
            long toegekendBedrag = Bedrag.getekend(toegekend, "TotaalBedrag");
            List<Record> prestaties = antwoord.alle("Prestatie");
            if (isZelfAfgewezen(antwoord)) {
                if (toegekendBedrag != 0 || !prestaties.isEmpty()) {
                    context.overtreding(toegekend, "Het DeclaratieAntwoord is zelf afgewezen, dus er is niets "
                            + "beoordeeld: het TotaalToegekendBedrag moet 0 zijn (nu " + Bedrag.tekst(toegekendBedrag)
                            + " euro) en er worden geen prestaties meegestuurd (nu " + prestaties.size() + ").");
                }
                continue;
            }
            long ingediend = Bedrag.getekend(antwoord.kind("TotaalIngediendBedrag").orElseThrow(), "TotaalBedrag");
            long afgewezen = prestaties.stream()
                    .mapToLong(p -> Bedrag.getekend(p.kind("IngediendBedrag").orElseThrow(), "Bedrag"))
                    .sum();
            if (afgewezen != ingediend - toegekendBedrag) {
                context.overtreding(toegekend, "Ingediend " + Bedrag.tekst(ingediend) + " min toegekend "
                        + Bedrag.tekst(toegekendBedrag) + " is " + Bedrag.tekst(ingediend - toegekendBedrag)
                        + " euro, maar de meegestuurde afgewezen prestaties tellen op tot " + Bedrag.tekst(afgewezen)
                        + " euro. Stuur precies de afgewezen prestaties mee en laat het toegekende totaal daarbij "
                        + "passen.");
            }
        }
    }

    private static boolean isZelfAfgewezen(Record antwoord) {
        return antwoord.kinderen("RetourCodes").stream()
                .flatMap(r -> r.kinderen("RetourCode").stream())
                .anyMatch(c -> !NIET_AFGEWEZEN.contains(c.tekst()));
    }
}
