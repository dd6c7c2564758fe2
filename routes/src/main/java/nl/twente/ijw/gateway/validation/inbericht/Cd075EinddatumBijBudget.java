package nl.twente.ijw.gateway.validation.inbericht;

import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW301;
import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW315;
import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW317;
import static nl.twente.ijw.gateway.validation.inbericht.Productregel.AANGEVRAAGD;
import static nl.twente.ijw.gateway.validation.inbericht.Productregel.NIEUW;
import static nl.twente.ijw.gateway.validation.inbericht.Productregel.TE_WIJZIGEN;
import static nl.twente.ijw.gateway.validation.inbericht.Productregel.TOEGEWEZEN;

import java.util.Set;
import nl.twente.ijw.gateway.validation.Regel;
import nl.twente.ijw.gateway.validation.RegelContext;
import nl.twente.ijw.gateway.validation.Regelsoort;
import org.springframework.stereotype.Component;

/**
 * CD075: a Budget belongs to a bounded period, so with a Budget the end date is required. This
 * holds for every shape with a Budget, also aspecific and generic ones, where the
 * Toewijzingsvarianten table calls the Einddatum optional: STANDARD.md §7.2 follows CD075.
 */
@Component
public class Cd075EinddatumBijBudget extends Regel {

    public Cd075EinddatumBijBudget() {
        super("CD075", "0001", Regelsoort.IN_BERICHT, Set.of(JW301, JW315, JW317), "Header",
                "Als Budget gevuld is, is de einddatum gevuld.",
                "When Budget is filled, the end date is filled.");
    }

    @Override
    public void controleer(RegelContext context) {
        for (Productregel regel : Productregel.in(context, TOEGEWEZEN, AANGEVRAAGD, TE_WIJZIGEN, NIEUW)) {
            if (regel.heeft("Budget") && regel.einddatum().isEmpty()) {
                context.overtreding(regel.record(), regel.pad(regel.einddatumNaam()), regel.klasse() + " met Budget "
                        + regel.record().tekst("Budget").orElseThrow() + " heeft geen " + regel.einddatumNaam()
                        + ". Een budget geldt voor een afgebakende periode: vul de " + regel.einddatumNaam() + " (CD075).");
            }
        }
    }
}
