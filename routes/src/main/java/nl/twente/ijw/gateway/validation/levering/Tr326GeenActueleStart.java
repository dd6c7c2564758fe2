package nl.twente.ijw.gateway.validation.levering;

import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW305;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import nl.twente.ijw.gateway.stand.levering.LeveringStand;
import nl.twente.ijw.gateway.stand.levering.Startsleutel;
import nl.twente.ijw.gateway.validation.Regel;
import nl.twente.ijw.gateway.validation.RegelContext;
import nl.twente.ijw.gateway.validation.Regelsoort;
import org.springframework.stereotype.Component;

/**
 * TR326 (9326): a new start on a toewijzing only when no other start on it is current. Current
 * = not followed by a stop with the same key fields (temporary or definitive) and not removed
 * (IV008); after a stop a new start, with a new Begindatum, is allowed (OP379). Two new starts
 * on one toewijzing in one message would both be current: the one with the later Begindatum is
 * refused. Taakgericht starts (no ToewijzingNummer, IV096) are linked to no toewijzing and are
 * not checked.
 */
@Component
public class Tr326GeenActueleStart extends Regel {

    private static final Comparator<Melding> OP_BEGINDATUM =
            Comparator.comparing((Melding m) -> m.start().begindatum()).thenComparing(Melding::positie);

    private final LeveringStand stand;

    public Tr326GeenActueleStart(LeveringStand stand) {
        super("TR326", "9326", Regelsoort.BERICHTOVERSTIJGEND, Set.of(JW305), "StartProduct",
                "Een nieuwe start op een toewijzing mag alleen als er geen actuele start op die toewijzing is "
                        + "(een start zonder stop die niet is verwijderd).",
                "A new start on a toewijzing is allowed only when no current start on that toewijzing exists "
                        + "(a start without a stop that was not removed).");
        this.stand = stand;
    }

    @Override
    public void controleer(RegelContext context) {
        Leveringsbeeld beeld = Leveringsbeeld.van(context, stand);
        for (Melding m : beeld.toevoegingen()) {
            if (m.start().toewijzingNummer() != null) {
                actueleStart(beeld, m).ifPresent(begindatum -> context.overtreding(m.record(),
                        "Op toewijzing " + m.start().toewijzingNummer() + " loopt al een start met Begindatum "
                                + begindatum + " waarvoor geen stop is ontvangen. Stuur eerst een stop (JW307) voor die "
                                + "start, of verwijder die start als hij onjuist was (StatusAanlevering 3)."));
            }
        }
    }

    /** The Begindatum of another start on the same toewijzing that is still current, if any. */
    private static Optional<LocalDate> actueleStart(Leveringsbeeld beeld, Melding m) {
        Startsleutel nieuw = m.start();
        Optional<LocalDate> inStand = beeld.starts().stream()
                .filter(s -> s.sleutel().zelfdeToewijzing(nieuw) && !s.sleutel().equals(nieuw) && !beeld.isGestopt(s))
                .map(s -> s.sleutel().begindatum())
                .findFirst();
        if (inStand.isPresent()) {
            return inStand;
        }
        return beeld.toevoegingen().stream()
                .filter(o -> o.start().zelfdeToewijzing(nieuw) && !o.start().equals(nieuw)
                        && OP_BEGINDATUM.compare(o, m) < 0)
                .map(o -> o.start().begindatum())
                .findFirst();
    }
}
