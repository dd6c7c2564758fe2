package nl.twente.ijw.gateway.validation.declaratie;

import java.util.Set;
import nl.twente.ijw.gateway.bericht.BerichtSoort;
import nl.twente.ijw.gateway.stand.declaratie.DeclaratieStand;
import nl.twente.ijw.gateway.validation.Record;
import nl.twente.ijw.gateway.validation.Regel;
import nl.twente.ijw.gateway.validation.RegelContext;
import nl.twente.ijw.gateway.validation.Regelsoort;
import org.springframework.stereotype.Component;

/**
 * TR385 (9385, JW301, on ToegewezenProduct): a version that deletes a toewijzing (RedenWijziging
 * 13) is refused while prestaties on it were granted and not credited (OP362). Looked up in the
 * declaration state of the JW301's aanbieder (its Ontvanger) at this gemeente (its Afzender).
 */
@Component
public class Tr385GeenVerwijderingNaDeclaratie extends Regel {

    private static final String VERWIJDERD = "13";

    private final DeclaratieStand declaraties;

    public Tr385GeenVerwijderingNaDeclaratie(DeclaratieStand declaraties) {
        super("TR385", "9385", Regelsoort.BERICHTOVERSTIJGEND, Set.of(BerichtSoort.JW301), "ToegewezenProduct",
                "Een toewijzing met toegekende, niet gecrediteerde prestaties wordt niet verwijderd (RedenWijziging 13).",
                "A toewijzing with granted prestaties that were not credited is not deleted (RedenWijziging 13).");
        this.declaraties = declaraties;
    }

    @Override
    public void controleer(RegelContext context) {
        String gemeente = context.header().afzender();
        String aanbieder = context.header().ontvanger();
        for (Record product : context.records("ToegewezenProduct")) {
            if (!product.tekst("RedenWijziging").filter(VERWIJDERD::equals).isPresent()) {
                continue;
            }
            long nummer = product.getal("ToewijzingNummer").orElseThrow();
            Set<String> open = declaraties.ongecrediteerdeDebets(aanbieder, gemeente, nummer);
            if (!open.isEmpty()) {
                context.overtreding(product, product.pad("RedenWijziging"), "Toewijzing " + nummer + " kan niet worden"
                        + " verwijderd: aanbieder " + aanbieder + " heeft er " + open.size() + " toegekende prestatie(s) op"
                        + " die niet gecrediteerd zijn. Laat de aanbieder die eerst crediteren, of beëindig de toewijzing"
                        + " met een andere reden.");
            }
        }
    }
}
