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

/** CD078: the mirror of CD077, pointing at the Budget: with an Omvang the Budget stays empty. */
@Component
public class Cd078GeenBudgetBijOmvang extends Regel {

    public Cd078GeenBudgetBijOmvang() {
        super("CD078", "0001", Regelsoort.IN_BERICHT, Set.of(JW301, JW315, JW317), "Header",
                "Als Omvang gevuld is, is Budget leeg.",
                "When Omvang is filled, Budget is empty.");
    }

    @Override
    public void controleer(RegelContext context) {
        for (Productregel regel : Productregel.in(context, TOEGEWEZEN, AANGEVRAAGD, TE_WIJZIGEN, NIEUW)) {
            if (regel.heeft("Omvang") && regel.heeft("Budget")) {
                context.overtreding(regel.record(), regel.pad("Budget"), regel.klasse() + " heeft een Omvang én een Budget ("
                        + regel.record().tekst("Budget").orElseThrow() + "). Laat bij een omvang het Budget weg (CD078).");
            }
        }
    }
}
