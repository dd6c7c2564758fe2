package nl.twente.ijw.gateway.validation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.twente.ijw.gateway.bericht.BerichtSoort;
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

    /** The rules of one message kind per level, in code order; worked out once per kind. */
    private record Niveaus(List<Regel> inBericht, List<Regel> header, List<Regel> records) {
    }

    private final List<Regel> regels;
    private final Clock klok;
    private final Map<BerichtSoort, Niveaus> perSoort = new ConcurrentHashMap<>();

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
        Niveaus niveaus = perSoort.computeIfAbsent(bericht.soort(), this::niveaus);
        pas(niveaus.inBericht(), context);
        if (beoordeling.isTechnischAfgekeurd()) {
            return beoordeling;
        }
        pas(niveaus.header(), context);
        if (!beoordeling.headerCodes().isEmpty()) {
            return beoordeling;
        }
        pas(niveaus.records(), context);
        return beoordeling;
    }

    private Niveaus niveaus(BerichtSoort soort) {
        List<Regel> voorSoort = regels.stream().filter(r -> r.geldtVoor(soort)).toList();
        return new Niveaus(voorSoort.stream().filter(r -> r.soort() == Regelsoort.IN_BERICHT).toList(),
                voorSoort.stream().filter(r -> r.soort() != Regelsoort.IN_BERICHT && "Header".equals(r.plaats())).toList(),
                voorSoort.stream().filter(r -> r.soort() != Regelsoort.IN_BERICHT && !"Header".equals(r.plaats())).toList());
    }

    private static void pas(List<Regel> regels, RegelContext context) {
        for (Regel r : regels) {
            context.voor(r);
            r.controleer(context);
        }
    }
}
