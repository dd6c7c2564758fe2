package nl.twente.ijw.gateway.validation.declaratie;

import java.time.LocalDate;
import java.util.Set;
import nl.twente.ijw.gateway.bericht.BerichtSoort;
import nl.twente.ijw.gateway.validation.Record;
import nl.twente.ijw.gateway.validation.Regel;
import nl.twente.ijw.gateway.validation.RegelContext;
import nl.twente.ijw.gateway.validation.Regelsoort;
import org.springframework.stereotype.Component;

/**
 * TR318 (8214, on Declaratie → DeclaratieAntwoord): the DeclaratiePeriode follows the previous
 * one. Checked (interp.): it is not earlier than the latest DeclaratiePeriode this aanbieder
 * declared to this gemeente (IV090); the same month again is allowed (OP284). A skipped month
 * is allowed when no care was delivered then, which the gemeente cannot see in the messages,
 * and late claims for a skipped month may come in a later period (IV090), so gaps are not
 * refused.
 */
@Component
public class Tr318DeclaratiePeriodeNietTerug extends Regel {

    private final Declaratiegegevens gegevens;

    public Tr318DeclaratiePeriodeNietTerug(Declaratiegegevens gegevens) {
        super("TR318", "8214", Regelsoort.BERICHTOVERSTIJGEND, Set.of(BerichtSoort.JW323), "Declaratie",
                "De DeclaratiePeriode ligt niet voor de laatst gedeclareerde periode van deze aanbieder bij deze gemeente.",
                "The DeclaratiePeriode is not earlier than the last period this aanbieder declared to this gemeente.");
        this.gegevens = gegevens;
    }

    @Override
    public void controleer(RegelContext context) {
        Record declaratie = gegevens.declaratie(context);
        LocalDate begin = declaratie.datum("DeclaratiePeriode/Begindatum").orElseThrow();
        gegevens.declaraties().laatsteDeclaratiePeriode(gegevens.aanbieder(context), gegevens.gemeente(context))
                .filter(begin::isBefore)
                .ifPresent(laatste -> context.overtreding(declaratie, declaratie.pad("DeclaratiePeriode/Begindatum"),
                        "De DeclaratiePeriode begint op " + begin + ", maar er is al gedeclareerd over de periode vanaf "
                                + laatste + ". Declareer zorg uit een eerdere maand in de huidige of een latere"
                                + " declaratieperiode (ProductPeriode in het verleden mag)."));
    }
}
