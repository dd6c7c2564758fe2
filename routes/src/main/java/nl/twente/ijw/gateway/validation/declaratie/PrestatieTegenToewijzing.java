package nl.twente.ijw.gateway.validation.declaratie;

import java.util.Set;
import nl.twente.ijw.gateway.bericht.BerichtSoort;
import nl.twente.ijw.gateway.stand.ToewijzingStand.Toewijzing;
import nl.twente.ijw.gateway.validation.Regel;
import nl.twente.ijw.gateway.validation.RegelContext;
import nl.twente.ijw.gateway.validation.Regelsoort;

/**
 * A JW323 rule that compares each debit prestatie with its toewijzing; its code goes on the
 * Prestatie. Credits are skipped: a credit repeats a granted debit and may only be refused for
 * technical reasons (IV085). Prestaties without a usable toewijzing are skipped too: TR338,
 * TR384 or TR304 already refuse them, and one reason per fault is clearer for the aanbieder.
 */
abstract class PrestatieTegenToewijzing extends Regel {

    protected final Declaratiegegevens gegevens;

    protected PrestatieTegenToewijzing(String code, String retourcode, String eis, String requirement,
                                       Declaratiegegevens gegevens) {
        super(code, retourcode, Regelsoort.BERICHTOVERSTIJGEND, Set.of(BerichtSoort.JW323), "Prestatie", eis, requirement);
        this.gegevens = gegevens;
    }

    @Override
    public final void controleer(RegelContext context) {
        for (Prestatie p : gegevens.debets(context)) {
            gegevens.toewijzing(context, p).ifPresent(t -> controleer(context, p, t));
        }
    }

    protected abstract void controleer(RegelContext context, Prestatie p, Toewijzing t);
}
