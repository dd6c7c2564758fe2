package nl.twente.ijw.gateway.validation.inbericht;

import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW301;
import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW317;

import java.util.Set;
import nl.twente.ijw.gateway.validation.Regel;
import nl.twente.ijw.gateway.validation.RegelContext;
import nl.twente.ijw.gateway.validation.Regelsoort;
import org.springframework.stereotype.Component;

/**
 * CS338: Frequentie 2, 4 or 6 for Eenheid 14, 16, 83 or 84 after 2020, on ToegewezenProduct
 * (JW301), TeWijzigenProduct and NieuwProduct (JW317); JW315 has the same rule as CS343 (see
 * {@link FrequentieBijEenheid}).
 */
@Component
public class Cs338FrequentieBijEenheid extends Regel {

    public Cs338FrequentieBijEenheid() {
        super("CS338", "0001", Regelsoort.IN_BERICHT, Set.of(JW301, JW317), "Header",
                "Bij Eenheid 14, 16, 83 of 84 en een Einddatum na 31-12-2020 of leeg is Frequentie 2, 4 of 6.",
                "For Eenheid 14, 16, 83 or 84 with an Einddatum after 2020-12-31 or empty, Frequentie is 2, 4 or 6.");
    }

    @Override
    public void controleer(RegelContext context) {
        FrequentieBijEenheid.controleer(context, code(), Productregel.TOEGEWEZEN, Productregel.TE_WIJZIGEN, Productregel.NIEUW);
    }
}
