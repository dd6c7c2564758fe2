package nl.twente.ijw.gateway.validation.technisch;

import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW317;

import java.util.List;
import java.util.Set;
import nl.twente.ijw.gateway.validation.Regel;
import nl.twente.ijw.gateway.validation.RegelContext;
import nl.twente.ijw.gateway.validation.Regelsoort;
import org.springframework.stereotype.Component;

/**
 * TR410: among the NieuwProduct records of a VOW the same product only for periods that do not
 * overlap (GewensteIngangsdatum to Einddatum, open = forever). Products are compared as in
 * TR302. Overlap with current toewijzingen is TR361's (cross-message).
 */
@Component
public class Tr410GeenStapelingInNieuweProducten extends Regel {

    public Tr410GeenStapelingInNieuweProducten() {
        super("TR410", "0001", Regelsoort.IN_BERICHT, Set.of(JW317), "Header",
                "Een product komt alleen vaker als NieuwProduct voor als de gewenste periodes elkaar niet overlappen "
                        + "(op Code, anders op Categorie; een NieuwProduct zonder Product overlapt met niets).",
                "A product occurs more than once as NieuwProduct only with non-overlapping periods (by Code, else by "
                        + "Categorie; one without Product may overlap nothing).");
    }

    @Override
    public void controleer(RegelContext context) {
        List<Stapeling.Aanspraak> nieuw = context.records("NieuwProduct").stream()
                .map(n -> new Stapeling.Aanspraak(n, Zorgproduct.van(n),
                        new Periode(n.datum("GewensteIngangsdatum").orElseThrow(), n.datum("Einddatum"))))
                .toList();
        for (Stapeling.Overlap overlap : Stapeling.zoek(nieuw)) {
            context.overtreding(overlap.later().record(), overlap.uitleg("NieuwProduct"));
        }
    }
}
