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
 * TR416: one debit per ProductPeriode, ProductCategorie, ProductCode and ToewijzingNummer in
 * a declaration (OP366): a period's care is summed into one prestatie (IV089). Dates compare
 * as dates and the ToewijzingNummer as a number; credits do not count.
 */
@Component
public class Tr416EenDebetPerPeriodeEnProduct extends Regel {

    public Tr416EenDebetPerPeriodeEnProduct() {
        super("TR416", "0001", Regelsoort.IN_BERICHT, Set.of(JW323), "Header",
                "Per ProductPeriode, ProductCategorie, ProductCode en ToewijzingNummer staat hoogstens één "
                        + "debetprestatie in het bericht.",
                "At most one debit prestatie per ProductPeriode, ProductCategorie, ProductCode and ToewijzingNummer "
                        + "in the message.");
    }

    @Override
    public void controleer(RegelContext context) {
        List<Record> debets = context.records("Prestatie").stream()
                .filter(p -> !Bedrag.isCredit(p.kind("IngediendBedrag").orElseThrow()))
                .toList();
        for (Dubbelen.Dubbel dubbel : Dubbelen.zoek(debets, Tr416EenDebetPerPeriodeEnProduct::sleutel)) {
            Record p = dubbel.record();
            context.overtreding(p, "Voor toewijzing " + p.getal("ToewijzingNummer").orElseThrow() + ", product "
                    + p.tekst("ProductCategorie").orElseThrow() + "/" + p.tekst("ProductCode").orElseThrow()
                    + " en periode " + p.datum("ProductPeriode/Begindatum").orElseThrow() + " t/m "
                    + p.datum("ProductPeriode/Einddatum").orElseThrow() + " staat al een debetprestatie in dit bericht ("
                    + dubbel.eerste().pad() + "). Tel de geleverde zorg van die periode op in één prestatie.");
        }
    }

    private static Optional<List<Object>> sleutel(Record prestatie) {
        return Optional.of(List.of(prestatie.datum("ProductPeriode/Begindatum").orElseThrow(),
                prestatie.datum("ProductPeriode/Einddatum").orElseThrow(),
                prestatie.tekstLetterlijk("ProductCategorie").orElseThrow(),
                prestatie.tekstLetterlijk("ProductCode").orElseThrow(),
                prestatie.getal("ToewijzingNummer").orElseThrow()));
    }
}
