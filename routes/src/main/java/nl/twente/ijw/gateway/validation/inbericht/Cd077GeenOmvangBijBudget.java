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
 * CD077: a toewijzing is bounded either by a Budget or by an Omvang, never both; this rule
 * points at the Omvang. Its mirror CD078 (pointing at the Budget) is broken by the same record,
 * so both always report together.
 */
@Component
public class Cd077GeenOmvangBijBudget extends Regel {

    public Cd077GeenOmvangBijBudget() {
        super("CD077", "0001", Regelsoort.IN_BERICHT, Set.of(JW301, JW315, JW317), "Header",
                "Als Budget gevuld is, is Omvang leeg.",
                "When Budget is filled, Omvang is empty.");
    }

    @Override
    public void controleer(RegelContext context) {
        for (Productregel regel : Productregel.in(context, TOEGEWEZEN, AANGEVRAAGD, TE_WIJZIGEN, NIEUW)) {
            if (regel.heeft("Budget") && regel.heeft("Omvang")) {
                context.overtreding(regel.record(), regel.pad("Omvang"), regel.klasse() + " heeft een Budget ("
                        + regel.record().tekst("Budget").orElseThrow() + ") én een Omvang. Laat bij een budget de Omvang weg (CD077).");
            }
        }
    }
}
