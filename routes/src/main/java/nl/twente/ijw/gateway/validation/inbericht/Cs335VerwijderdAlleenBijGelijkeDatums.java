package nl.twente.ijw.gateway.validation.inbericht;

import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW301;

import java.time.LocalDate;
import java.util.Set;
import nl.twente.ijw.gateway.validation.Record;
import nl.twente.ijw.gateway.validation.Regel;
import nl.twente.ijw.gateway.validation.RegelContext;
import nl.twente.ijw.gateway.validation.Regelsoort;
import org.springframework.stereotype.Component;

/**
 * CS335: RedenWijziging 13 (verwijderd: sent in error, treat as never sent) is only used with
 * Einddatum = Ingangsdatum, the way a deletion is written (JZ002, OP033x1). A 13 without an
 * Einddatum is a violation too.
 */
@Component
public class Cs335VerwijderdAlleenBijGelijkeDatums extends Regel {

    public Cs335VerwijderdAlleenBijGelijkeDatums() {
        super("CS335", "0001", Regelsoort.IN_BERICHT, Set.of(JW301), "Header",
                "RedenWijziging 13 (verwijderd) alleen als Einddatum gelijk is aan Ingangsdatum.",
                "RedenWijziging 13 (deleted) only when Einddatum equals Ingangsdatum.");
    }

    @Override
    public void controleer(RegelContext context) {
        for (Record product : context.records(Productregel.TOEGEWEZEN)) {
            if (!product.tekst("RedenWijziging").filter("13"::equals).isPresent()) {
                continue;
            }
            LocalDate ingang = product.datum("Ingangsdatum").orElseThrow();
            LocalDate eind = product.datum("Einddatum").orElse(null);
            if (!ingang.equals(eind)) {
                context.overtreding(product, product.pad("RedenWijziging"), "RedenWijziging 13 (verwijderd) met Ingangsdatum "
                        + ingang + " en " + (eind == null ? "geen Einddatum" : "Einddatum " + eind) + ". Een verwijderde "
                        + "toewijzing heeft Einddatum gelijk aan Ingangsdatum; gebruik anders een andere reden (CS335).");
            }
        }
    }
}
