package nl.twente.ijw.gateway.validation.technisch;

import java.util.ArrayList;
import java.util.List;
import nl.twente.ijw.gateway.validation.Record;

/**
 * Finds stacking within one message (OP259, OP347): the same product twice for overlapping
 * periods. Each record that overlaps an earlier one is reported once, against the first
 * earlier record it overlaps.
 */
final class Stapeling {

    /** One toewijzing or requested product: the record, its product and its period. */
    record Aanspraak(Record record, Zorgproduct product, Periode periode) {
    }

    /** {@code later} overlaps {@code eerder}, which comes before it in the message. */
    record Overlap(Aanspraak later, Aanspraak eerder) {

        String uitleg(String soortRecord) {
            return "Het " + soortRecord + " met " + later.product() + " en periode " + later.periode()
                    + " overlapt met het eerdere " + soortRecord + " (" + eerder.record().pad() + ") met "
                    + eerder.product() + " en periode " + eerder.periode()
                    + ". Hetzelfde product mag in één bericht alleen voor periodes voorkomen die elkaar niet overlappen;"
                    + " een product zonder Product (generiek) mag met geen enkel ander product overlappen."
                    + " Pas de periodes aan of voeg ze samen.";
        }
    }

    private Stapeling() {
    }

    static List<Overlap> zoek(List<Aanspraak> aanspraken) {
        List<Overlap> overlappen = new ArrayList<>();
        for (int j = 1; j < aanspraken.size(); j++) {
            Aanspraak later = aanspraken.get(j);
            for (int i = 0; i < j; i++) {
                Aanspraak eerder = aanspraken.get(i);
                if (later.product().zelfdeAls(eerder.product()) && later.periode().overlapt(eerder.periode())) {
                    overlappen.add(new Overlap(later, eerder));
                    break;
                }
            }
        }
        return overlappen;
    }
}
