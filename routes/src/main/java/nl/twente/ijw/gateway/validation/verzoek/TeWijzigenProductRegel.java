package nl.twente.ijw.gateway.validation.verzoek;

import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW317;

import java.util.Set;
import nl.twente.ijw.gateway.stand.ToewijzingStand;
import nl.twente.ijw.gateway.stand.ToewijzingStand.Toewijzing;
import nl.twente.ijw.gateway.validation.Record;
import nl.twente.ijw.gateway.validation.Regel;
import nl.twente.ijw.gateway.validation.RegelContext;
import nl.twente.ijw.gateway.validation.Regelsoort;

/**
 * A JW317 rule that compares each TeWijzigenProduct with the toewijzing it changes; its code
 * goes on the TeWijzigenProduct. A record naming no current toewijzing is left to TR351, so
 * one fault gives one code.
 */
abstract class TeWijzigenProductRegel extends Regel {

    private final ToewijzingStand toewijzingen;

    TeWijzigenProductRegel(String code, String retourcode, String eis, String requirement, ToewijzingStand toewijzingen) {
        super(code, retourcode, Regelsoort.BERICHTOVERSTIJGEND, Set.of(JW317), "TeWijzigenProduct", eis, requirement);
        this.toewijzingen = toewijzingen;
    }

    @Override
    public final void controleer(RegelContext context) {
        Vow vow = Vow.van(context, toewijzingen);
        for (Record product : vow.teWijzigen()) {
            vow.actueleToewijzing(product).ifPresent(t -> controleer(context, vow, product, t));
        }
    }

    /** Checks one TeWijzigenProduct against the current version of its toewijzing. */
    abstract void controleer(RegelContext context, Vow vow, Record product, Toewijzing toewijzing);

    /** TR375 / TR412: an end date after 2020 or none; the requested one, as CD095/CD096 use the record's own. */
    static boolean eindtNa2020(Record product) {
        return product.datum("Einddatum").map(d -> d.getYear() > 2020).orElse(true);
    }
}
