package nl.twente.ijw.gateway.validation.technisch;

import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW315;

import java.util.List;
import java.util.Set;
import nl.twente.ijw.gateway.validation.Regel;
import nl.twente.ijw.gateway.validation.RegelContext;
import nl.twente.ijw.gateway.validation.Regelsoort;
import org.springframework.stereotype.Component;

/**
 * TR386: a VOT asks for the same product only for periods that do not overlap (OP347); the
 * requested period runs from ToewijzingIngangsdatum to ToewijzingEinddatum (open = forever).
 * Products are compared as in TR302.
 */
@Component
public class Tr386GeenStapelingInVerzoekOmToewijzing extends Regel {

    public Tr386GeenStapelingInVerzoekOmToewijzing() {
        super("TR386", "0001", Regelsoort.IN_BERICHT, Set.of(JW315), "Header",
                "Een product komt alleen vaker in een verzoek om toewijzing voor als de gevraagde periodes elkaar niet "
                        + "overlappen (op Code, anders op Categorie; een verzoek zonder Product overlapt met niets).",
                "A product occurs more than once in a JW315 only with non-overlapping requested periods (by Code, "
                        + "else by Categorie; a line without Product may overlap nothing).");
    }

    @Override
    public void controleer(RegelContext context) {
        List<Stapeling.Aanspraak> aanvragen = context.records("AangevraagdProduct").stream()
                .map(a -> new Stapeling.Aanspraak(a, Zorgproduct.van(a),
                        new Periode(a.datum("ToewijzingIngangsdatum").orElseThrow(), a.datum("ToewijzingEinddatum"))))
                .toList();
        for (Stapeling.Overlap overlap : Stapeling.zoek(aanvragen)) {
            context.overtreding(overlap.later().record(), overlap.uitleg("AangevraagdProduct"));
        }
    }
}
