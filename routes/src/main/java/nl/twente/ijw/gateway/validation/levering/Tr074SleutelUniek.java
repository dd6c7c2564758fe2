package nl.twente.ijw.gateway.validation.levering;

import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW305;
import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW307;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import nl.twente.ijw.gateway.stand.levering.LeveringStand;
import nl.twente.ijw.gateway.validation.Regel;
import nl.twente.ijw.gateway.validation.RegelContext;
import nl.twente.ijw.gateway.validation.Regelsoort;
import org.springframework.stereotype.Component;

/**
 * TR074 (9074): a new record (StatusAanlevering 1) has a key that no other record in the message
 * has and that no earlier record of this client that still counts has. Removed records do not
 * count, or the correction of IV008 (remove, then send again with the same key) could never
 * succeed; a removal in the same message counts as done first. IV008 wants the removal and the
 * resend of the same key in separate messages, so within one message the key must be unique
 * whatever the status (TR101 rejects that case with 0001 before this rule is reached).
 */
@Component
public class Tr074SleutelUniek extends Regel {

    private final LeveringStand stand;

    public Tr074SleutelUniek(LeveringStand stand) {
        super("TR074", "9074", Regelsoort.BERICHTOVERSTIJGEND, Set.of(JW305, JW307), "StartProduct, StopProduct",
                "Een nieuwe start of stop (StatusAanlevering 1) heeft een sleutel die nog niet in het bericht en "
                        + "niet bij een eerder ontvangen, niet verwijderde start of stop van deze cliënt voorkomt.",
                "A new start or stop (StatusAanlevering 1) has a key that occurs neither elsewhere in the message "
                        + "nor on an earlier received, not removed start or stop of this client.");
        this.stand = stand;
    }

    @Override
    public void controleer(RegelContext context) {
        Leveringsbeeld beeld = Leveringsbeeld.van(context, stand);
        for (Melding m : beeld.toevoegingen()) {
            uitleg(beeld, m).ifPresent(uitleg -> context.overtreding(m.record(), uitleg));
        }
    }

    private static Optional<String> uitleg(Leveringsbeeld beeld, Melding m) {
        String soort = m.isStop() ? "stop" : "start";
        Stream<Object> bestaand = m.isStop()
                ? beeld.stops().stream().map(s -> s.sleutel())
                : beeld.starts().stream().map(s -> s.sleutel());
        if (bestaand.anyMatch(m.sleutel()::equals)) {
            return Optional.of("Er is al een " + soort + " met " + m.omschrijving() + " ontvangen. Wilt u die "
                    + "corrigeren, verwijder hem dan eerst (StatusAanlevering 3) en stuur daarna de nieuwe " + soort
                    + " in een volgend bericht; een hervatting krijgt een nieuwe Begindatum.");
        }
        boolean dubbelInBericht = beeld.meldingen().stream().anyMatch(o -> o.positie() != m.positie()
                && o.sleutel().equals(m.sleutel()) && (o.isVerwijdering() || o.positie() < m.positie()));
        if (dubbelInBericht) {
            return Optional.of("Dit bericht bevat nog een " + soort + " met " + m.omschrijving() + ". Een sleutel komt "
                    + "maar één keer in een bericht voor; stuur een verwijdering en een nieuwe aanlevering met "
                    + "dezelfde sleutel in aparte berichten (IV008).");
        }
        return Optional.empty();
    }
}
