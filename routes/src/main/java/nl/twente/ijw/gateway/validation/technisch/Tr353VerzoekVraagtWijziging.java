package nl.twente.ijw.gateway.validation.technisch;

import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW317;

import java.util.Set;
import nl.twente.ijw.gateway.validation.Record;
import nl.twente.ijw.gateway.validation.Regel;
import nl.twente.ijw.gateway.validation.RegelContext;
import nl.twente.ijw.gateway.validation.Regelsoort;
import org.springframework.stereotype.Component;

/** TR353: a VOW asks for a change: at least one TeWijzigenProduct or NieuwProduct; only unchanged products ask nothing. */
@Component
public class Tr353VerzoekVraagtWijziging extends Regel {

    public Tr353VerzoekVraagtWijziging() {
        super("TR353", "0001", Regelsoort.IN_BERICHT, Set.of(JW317), "Header",
                "Een verzoek om wijziging bevat minstens één TeWijzigenProduct of NieuwProduct.",
                "A VOW contains at least one TeWijzigenProduct or NieuwProduct.");
    }

    @Override
    public void controleer(RegelContext context) {
        for (Record verzoek : context.records("Verzoek")) {
            if (verzoek.alle("TeWijzigenProduct").isEmpty() && verzoek.alle("NieuwProduct").isEmpty()) {
                context.overtreding(verzoek, "Dit verzoek om wijziging vraagt niets: er is geen TeWijzigenProduct "
                        + "en geen NieuwProduct. Geef aan welke toewijzing moet veranderen of welk product erbij moet.");
            }
        }
    }
}
