package nl.twente.ijw.gateway.validation.technisch;

import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW323;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.twente.ijw.gateway.validation.Record;
import nl.twente.ijw.gateway.validation.Regel;
import nl.twente.ijw.gateway.validation.RegelContext;
import nl.twente.ijw.gateway.validation.Regelsoort;
import org.springframework.stereotype.Component;

/**
 * TR316: a prestatie is not credited in the declaration that claims it: no VorigReferentieNummer
 * equals the ReferentieNummer of a prestatie in the same message (OP283). A credit points to a
 * debit of an earlier, granted declaration (TR323).
 */
@Component
public class Tr316GeenCreditVanDebetUitZelfdeBericht extends Regel {

    public Tr316GeenCreditVanDebetUitZelfdeBericht() {
        super("TR316", "0001", Regelsoort.IN_BERICHT, Set.of(JW323), "Header",
                "Een VorigReferentieNummer is niet gelijk aan het ReferentieNummer van een prestatie in hetzelfde "
                        + "bericht: een debet wordt niet in hetzelfde bericht gecrediteerd.",
                "No VorigReferentieNummer equals the ReferentieNummer of a prestatie in the same message: a debit "
                        + "is not credited in the message that claims it.");
    }

    @Override
    public void controleer(RegelContext context) {
        List<Record> prestaties = context.records("Prestatie");
        for (Record credit : prestaties) {
            Optional<String> vorig = credit.tekstLetterlijk("ProductReferentie/VorigReferentieNummer");
            if (vorig.isEmpty()) {
                continue;
            }
            prestaties.stream()
                    .filter(p -> p.tekstLetterlijk("ProductReferentie/ReferentieNummer").equals(vorig))
                    .findFirst()
                    .ifPresent(debet -> context.overtreding(credit, credit.pad("ProductReferentie/VorigReferentieNummer"),
                            "Deze prestatie crediteert '" + vorig.get() + "', een prestatie uit ditzelfde bericht ("
                                    + debet.pad() + "). Een prestatie kan pas gecrediteerd worden in een later "
                                    + "bericht; laat in dit bericht zowel de prestatie als de creditregel weg, of "
                                    + "declareer alleen het juiste bedrag."));
        }
    }
}
