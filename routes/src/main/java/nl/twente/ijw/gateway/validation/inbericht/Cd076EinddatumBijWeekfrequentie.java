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
 * CD076: a volume per week (Frequentie 2) needs an end date, so the total over the whole
 * toewijzing can be computed when monthly claims are checked against it (TR321, TR322).
 */
@Component
public class Cd076EinddatumBijWeekfrequentie extends Regel {

    public Cd076EinddatumBijWeekfrequentie() {
        super("CD076", "0001", Regelsoort.IN_BERICHT, Set.of(JW301, JW315, JW317), "Header",
                "Als Omvang/Frequentie 2 (per week) is, is de einddatum gevuld.",
                "When Omvang/Frequentie is 2 (per week), the end date is filled.");
    }

    @Override
    public void controleer(RegelContext context) {
        for (Productregel regel : Productregel.in(context, TOEGEWEZEN, AANGEVRAAGD, TE_WIJZIGEN, NIEUW)) {
            boolean perWeek = regel.record().tekst("Omvang/Frequentie").filter("2"::equals).isPresent();
            if (perWeek && regel.einddatum().isEmpty()) {
                context.overtreding(regel.record(), regel.pad(regel.einddatumNaam()), regel.klasse()
                        + " met een omvang per week (Frequentie 2) heeft geen " + regel.einddatumNaam() + ". Vul de "
                        + regel.einddatumNaam() + ", of kies een andere frequentie (CD076).");
            }
        }
    }
}
