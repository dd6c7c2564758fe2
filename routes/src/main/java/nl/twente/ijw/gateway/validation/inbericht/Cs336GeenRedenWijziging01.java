package nl.twente.ijw.gateway.validation.inbericht;

import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW301;

import java.util.Set;
import nl.twente.ijw.gateway.validation.Record;
import nl.twente.ijw.gateway.validation.Regel;
import nl.twente.ijw.gateway.validation.RegelContext;
import nl.twente.ijw.gateway.validation.Regelsoort;
import org.springframework.stereotype.Component;

/** CS336: RedenWijziging 01 (administratieve correctie) is obsolete; the XSD still lets it through. */
@Component
public class Cs336GeenRedenWijziging01 extends Regel {

    public Cs336GeenRedenWijziging01() {
        super("CS336", "0001", Regelsoort.IN_BERICHT, Set.of(JW301), "Header",
                "RedenWijziging 01 (administratieve correctie, vervallen) wordt niet gebruikt.",
                "RedenWijziging 01 (administrative correction, obsolete) is not used.");
    }

    @Override
    public void controleer(RegelContext context) {
        for (Record product : context.records(Productregel.TOEGEWEZEN)) {
            product.kind("RedenWijziging").filter(r -> "01".equals(r.tekst())).ifPresent(r -> context.overtreding(r,
                    "RedenWijziging 01 is vervallen. Gebruik 14 (administratieve correctie) of 13 (verwijderd) (CS336)."));
        }
    }
}
