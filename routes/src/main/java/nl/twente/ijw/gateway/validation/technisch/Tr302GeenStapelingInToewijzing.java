package nl.twente.ijw.gateway.validation.technisch;

import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW301;

import java.util.List;
import java.util.Set;
import nl.twente.ijw.gateway.validation.Record;
import nl.twente.ijw.gateway.validation.Regel;
import nl.twente.ijw.gateway.validation.RegelContext;
import nl.twente.ijw.gateway.validation.Regelsoort;
import org.springframework.stereotype.Component;

/**
 * TR302: no stacking within one JW301 (OP259): the same product only for periods that do not
 * overlap (Ingangsdatum to Einddatum, open = forever). A deleted toewijzing (Einddatum =
 * Ingangsdatum with RedenWijziging 13, or the obsolete 01) does not take part, so a wrong
 * product can be deleted and re-issued in the same message.
 */
@Component
public class Tr302GeenStapelingInToewijzing extends Regel {

    private static final Set<String> VERWIJDERD = Set.of("13", "01");

    public Tr302GeenStapelingInToewijzing() {
        super("TR302", "0001", Regelsoort.IN_BERICHT, Set.of(JW301), "Header",
                "Een product komt alleen vaker in een toewijzingsbericht voor als de periodes elkaar niet overlappen "
                        + "(op Code, anders op Categorie; een toewijzing zonder Product overlapt met niets); "
                        + "verwijderde toewijzingen tellen niet mee.",
                "A product occurs more than once in a JW301 only with non-overlapping periods (by Code, else by "
                        + "Categorie; a toewijzing without Product may overlap nothing); deleted toewijzingen do not count.");
    }

    @Override
    public void controleer(RegelContext context) {
        List<Stapeling.Aanspraak> toewijzingen = context.records("ToegewezenProduct").stream()
                .filter(t -> !isVerwijderd(t))
                .map(t -> new Stapeling.Aanspraak(t, Zorgproduct.van(t),
                        new Periode(t.datum("Ingangsdatum").orElseThrow(), t.datum("Einddatum"))))
                .toList();
        for (Stapeling.Overlap overlap : Stapeling.zoek(toewijzingen)) {
            context.overtreding(overlap.later().record(), overlap.uitleg("ToegewezenProduct"));
        }
    }

    private static boolean isVerwijderd(Record toewijzing) {
        return toewijzing.tekst("RedenWijziging").map(VERWIJDERD::contains).orElse(false)
                && toewijzing.datum("Einddatum").equals(toewijzing.datum("Ingangsdatum"));
    }
}
