package nl.twente.ijw.gateway.validation.technisch;

import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW317;

import java.util.Set;
import nl.twente.ijw.gateway.validation.Record;
import nl.twente.ijw.gateway.validation.Regel;
import nl.twente.ijw.gateway.validation.RegelContext;
import nl.twente.ijw.gateway.validation.Regelsoort;
import org.springframework.stereotype.Component;

/**
 * TR352: a VOW changes an existing situation, so it lists at least one current toewijzing, as
 * OngewijzigdProduct or TeWijzigenProduct (OP308). Without any, the aanbieder needs a VOT (JW315).
 */
@Component
public class Tr352VerzoekNoemtHuidigeToewijzing extends Regel {

    public Tr352VerzoekNoemtHuidigeToewijzing() {
        super("TR352", "0001", Regelsoort.IN_BERICHT, Set.of(JW317), "Header",
                "Een verzoek om wijziging bevat minstens één OngewijzigdProduct of TeWijzigenProduct.",
                "A VOW contains at least one OngewijzigdProduct or TeWijzigenProduct.");
    }

    @Override
    public void controleer(RegelContext context) {
        for (Record verzoek : context.records("Verzoek")) {
            if (verzoek.alle("OngewijzigdProduct").isEmpty() && verzoek.alle("TeWijzigenProduct").isEmpty()) {
                context.overtreding(verzoek, "Dit verzoek om wijziging noemt geen enkele bestaande toewijzing "
                        + "(geen OngewijzigdProduct of TeWijzigenProduct). Neem alle huidige toewijzingen van de "
                        + "cliënt op; heeft de cliënt er geen, stuur dan een verzoek om toewijzing (JW315).");
            }
        }
    }
}
