package nl.twente.ijw.gateway.validation.declaratie;

import java.util.Set;
import nl.twente.ijw.gateway.bericht.BerichtSoort;
import nl.twente.ijw.gateway.validation.Regel;
import nl.twente.ijw.gateway.validation.RegelContext;
import nl.twente.ijw.gateway.validation.Regelsoort;
import org.springframework.stereotype.Component;

/**
 * TR338 (9338): the prestatie's ToewijzingNummer names a toewijzing of the receiving gemeente
 * (interp.: given to the declaring aanbieder; a toewijzing of another aanbieder is as unknown
 * to this one). A deleted toewijzing exists: that is TR384.
 */
@Component
public class Tr338ToewijzingBekend extends Regel {

    private final Declaratiegegevens gegevens;

    public Tr338ToewijzingBekend(Declaratiegegevens gegevens) {
        super("TR338", "9338", Regelsoort.BERICHTOVERSTIJGEND, Set.of(BerichtSoort.JW323), "Prestatie",
                "Het ToewijzingNummer van de prestatie verwijst naar een toewijzing van deze gemeente aan deze aanbieder.",
                "The prestatie's ToewijzingNummer refers to a toewijzing of this gemeente to this aanbieder.");
        this.gegevens = gegevens;
    }

    @Override
    public void controleer(RegelContext context) {
        String aanbieder = gegevens.aanbieder(context);
        for (Prestatie p : gegevens.debets(context)) {
            boolean bekend = gegevens.huidige(context, p).filter(t -> t.aanbieder().equals(aanbieder)).isPresent();
            if (!bekend) {
                context.overtreding(p.record(), p.record().pad("ToewijzingNummer"), "Gemeente " + gegevens.gemeente(context)
                        + " kent geen toewijzing " + p.toewijzingNummer() + " aan aanbieder " + aanbieder
                        + " (prestatie " + p.referentieNummer() + "). Declareer op het ToewijzingNummer uit de JW301.");
            }
        }
    }
}
