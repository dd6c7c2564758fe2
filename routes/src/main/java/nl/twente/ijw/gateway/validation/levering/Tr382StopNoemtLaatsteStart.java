package nl.twente.ijw.gateway.validation.levering;

import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW307;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import nl.twente.ijw.gateway.stand.levering.LeveringStand;
import nl.twente.ijw.gateway.stand.levering.Startsleutel;
import nl.twente.ijw.gateway.stand.levering.Zorgstart;
import nl.twente.ijw.gateway.validation.Regel;
import nl.twente.ijw.gateway.validation.RegelContext;
import nl.twente.ijw.gateway.validation.Regelsoort;
import org.springframework.stereotype.Component;

/**
 * TR382 (retourcode 9069, not 9382): a stop copies ToewijzingNummer, Product and Begindatum of a
 * start of this client that still counts, and per OP155 of the latest start on that toewijzing
 * (latest = latest Begindatum, whatever the arrival order). A temporary stop (reden 20) does not
 * break the link: the definitive stop after it names the same start, unless care was resumed
 * with a new start, which the next stop must name. Note the difference with TR326: a paused
 * start is no longer current, but it is still the start a stop must name.
 */
@Component
public class Tr382StopNoemtLaatsteStart extends Regel {

    private final LeveringStand stand;

    public Tr382StopNoemtLaatsteStart(LeveringStand stand) {
        super("TR382", "9069", Regelsoort.BERICHTOVERSTIJGEND, Set.of(JW307), "StopProduct",
                "Een stop neemt ToewijzingNummer, Product en Begindatum ongewijzigd over van de laatste (niet "
                        + "verwijderde) start van deze cliënt op die toewijzing.",
                "A stop copies ToewijzingNummer, Product and Begindatum unchanged from the latest (not removed) "
                        + "start of this client on that toewijzing.");
        this.stand = stand;
    }

    @Override
    public void controleer(RegelContext context) {
        Leveringsbeeld beeld = Leveringsbeeld.van(context, stand);
        for (Melding m : beeld.toevoegingen()) {
            uitleg(beeld, m.start()).ifPresent(uitleg -> context.overtreding(m.record(), uitleg));
        }
    }

    private static Optional<String> uitleg(Leveringsbeeld beeld, Startsleutel genoemd) {
        if (beeld.starts().stream().noneMatch(s -> s.sleutel().equals(genoemd))) {
            return Optional.of("Er is geen (niet verwijderde) start met " + genoemd.omschrijving() + ". Neem "
                    + "ToewijzingNummer, Product en Begindatum ongewijzigd over uit de start (JW305) die u stopt.");
        }
        LocalDate laatste = beeld.starts().stream()
                .map(Zorgstart::sleutel)
                .filter(s -> s.zelfdeToewijzing(genoemd))
                .map(Startsleutel::begindatum)
                .max(LocalDate::compareTo)
                .orElseThrow();
        if (laatste.isAfter(genoemd.begindatum())) {
            return Optional.of("De start met Begindatum " + genoemd.begindatum() + " is niet de laatste start op "
                    + "deze toewijzing: de zorg is hervat met een start met Begindatum " + laatste + ". Noem in de "
                    + "stop de Begindatum van die laatste start.");
        }
        return Optional.empty();
    }
}
