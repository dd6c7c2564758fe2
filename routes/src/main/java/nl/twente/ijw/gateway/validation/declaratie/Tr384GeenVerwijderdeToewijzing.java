package nl.twente.ijw.gateway.validation.declaratie;

import java.util.Set;
import nl.twente.ijw.gateway.bericht.BerichtSoort;
import nl.twente.ijw.gateway.validation.Regel;
import nl.twente.ijw.gateway.validation.RegelContext;
import nl.twente.ijw.gateway.validation.Regelsoort;
import org.springframework.stereotype.Component;

/** TR384 (9384): no claim on a toewijzing whose current version is deleted (RedenWijziging 13). */
@Component
public class Tr384GeenVerwijderdeToewijzing extends Regel {

    private final Declaratiegegevens gegevens;

    public Tr384GeenVerwijderdeToewijzing(Declaratiegegevens gegevens) {
        super("TR384", "9384", Regelsoort.BERICHTOVERSTIJGEND, Set.of(BerichtSoort.JW323), "Prestatie",
                "Er wordt niet gedeclareerd op een toewijzing die is verwijderd (RedenWijziging 13).",
                "No prestatie is declared on a toewijzing that was deleted (RedenWijziging 13).");
        this.gegevens = gegevens;
    }

    @Override
    public void controleer(RegelContext context) {
        String aanbieder = gegevens.aanbieder(context);
        for (Prestatie p : gegevens.debets(context)) {
            gegevens.huidige(context, p)
                    .filter(t -> t.aanbieder().equals(aanbieder) && t.isVerwijderd())
                    .ifPresent(t -> context.overtreding(p.record(), p.record().pad("ToewijzingNummer"), "Toewijzing "
                            + p.toewijzingNummer() + " is door de gemeente verwijderd (RedenWijziging 13, toewijzing van "
                            + t.toewijzingsdatum() + "); prestatie " + p.referentieNummer()
                            + " kan daarop niet worden gedeclareerd. Neem contact op met de gemeente over de juiste toewijzing."));
        }
    }
}
