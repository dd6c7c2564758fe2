package nl.twente.ijw.gateway.validation.inbericht;

import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW315;

import java.util.Set;
import nl.twente.ijw.gateway.validation.Regel;
import nl.twente.ijw.gateway.validation.RegelContext;
import nl.twente.ijw.gateway.validation.Regelsoort;
import org.springframework.stereotype.Component;

/** CS343: CS338's sentence for the AangevraagdProduct of a JW315 (see {@link FrequentieBijEenheid}). */
@Component
public class Cs343FrequentieBijEenheidInVot extends Regel {

    public Cs343FrequentieBijEenheidInVot() {
        super("CS343", "0001", Regelsoort.IN_BERICHT, Set.of(JW315), "Header",
                "Bij Eenheid 14, 16, 83 of 84 en een ToewijzingEinddatum na 31-12-2020 of leeg is Frequentie 2, 4 of 6.",
                "For Eenheid 14, 16, 83 or 84 with a ToewijzingEinddatum after 2020-12-31 or empty, Frequentie is 2, 4 or 6.");
    }

    @Override
    public void controleer(RegelContext context) {
        FrequentieBijEenheid.controleer(context, code(), Productregel.AANGEVRAAGD);
    }
}
