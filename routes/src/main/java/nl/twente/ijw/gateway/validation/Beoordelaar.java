package nl.twente.ijw.gateway.validation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import nl.twente.ijw.gateway.bericht.Lezing;
import nl.twente.ijw.gateway.retour.Beoordeling;
import org.springframework.stereotype.Component;

/**
 * Judges a schema-valid message by every rule that applies to it, level by level as IV032
 * says: any in-message fault rejects the message with 0001 and nothing further is assessed;
 * a fault in the header stops the assessment of the records; otherwise every record is
 * checked, so the sender sees all faults at once.
 */
@Component
public class Beoordelaar {

    private final List<Regel> regels;
    private final Clock klok;

    public Beoordelaar(List<Regel> regels, Clock klok) {
        this.regels = regels.stream().sorted(Comparator.comparing(Regel::code)).toList();
        this.klok = klok;
    }

    public List<Regel> regels() {
        return regels;
    }

    public Beoordeling beoordeel(Lezing.Gelezen bericht) {
        Beoordeling beoordeling = new Beoordeling();
        RegelContext context = new RegelContext(bericht, beoordeling, LocalDate.now(klok));
        pas(regels.stream().filter(r -> r.soort() == Regelsoort.IN_BERICHT), bericht, context);
        if (beoordeling.isTechnischAfgekeurd()) {
            return beoordeling;
        }
        pas(regels.stream().filter(r -> r.soort() != Regelsoort.IN_BERICHT && "Header".equals(r.plaats())), bericht, context);
        if (!beoordeling.headerCodes().isEmpty()) {
            return beoordeling;
        }
        pas(regels.stream().filter(r -> r.soort() != Regelsoort.IN_BERICHT && !"Header".equals(r.plaats())), bericht, context);
        return beoordeling;
    }

    private static void pas(java.util.stream.Stream<Regel> regels, Lezing.Gelezen bericht, RegelContext context) {
        regels.filter(r -> r.geldtVoor(bericht.soort())).forEach(r -> {
            context.voor(r);
            r.controleer(context);
        });
    }
}
