package nl.twente.ijw.gateway.validation.verzoek;

import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW317;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import nl.twente.ijw.gateway.stand.ToewijzingStand;
import nl.twente.ijw.gateway.validation.Record;
import nl.twente.ijw.gateway.validation.Regel;
import nl.twente.ijw.gateway.validation.RegelContext;
import nl.twente.ijw.gateway.validation.Regelsoort;
import org.springframework.stereotype.Component;

/**
 * TR361 (9361): the desired situation of a VOW holds no product twice in overlapping periods
 * (no stacking, OP347). OngewijzigdProduct and TeWijzigenProduct take their product from the
 * toewijzing they name; their period is that of the toewijzing, for TeWijzigen up to the
 * requested Einddatum (interp.). Products compare as in TR302 (interp.): on Code when both
 * have one, otherwise on Categorie; a product-less (generic) one may overlap nothing. The code
 * goes on every record of an overlapping pair (interp.: both are part of the fault). Records
 * naming no current toewijzing are left to TR350/TR351.
 */
@Component
public class Tr361VowGeenOverlappendProduct extends Regel {

    private final ToewijzingStand toewijzingen;

    public Tr361VowGeenOverlappendProduct(ToewijzingStand toewijzingen) {
        super("TR361", "9361", Regelsoort.BERICHTOVERSTIJGEND, Set.of(JW317),
                "OngewijzigdProduct, TeWijzigenProduct, NieuwProduct",
                "Een product komt alleen vaker voor in een VOW als de perioden elkaar niet overlappen.",
                "A product occurs more than once in a VOW only with periods that do not overlap.");
        this.toewijzingen = toewijzingen;
    }

    /** One product of the desired situation; a null Einddatum is open. */
    record Gevraagd(Record record, String omschrijving, String categorie, String code, LocalDate van, LocalDate tot) {

        boolean overlaptMet(Gevraagd ander) {
            boolean zelfdeProduct = categorie == null || ander.categorie == null
                    || (code != null && ander.code != null ? code.equals(ander.code) : categorie.equals(ander.categorie));
            return zelfdeProduct
                    && (ander.tot == null || !van.isAfter(ander.tot))
                    && (tot == null || !ander.van.isAfter(tot));
        }
    }

    @Override
    public void controleer(RegelContext context) {
        List<Gevraagd> gevraagd = gevraagd(Vow.van(context, toewijzingen));
        for (Gevraagd g : gevraagd) {
            List<String> overlappend = gevraagd.stream()
                    .filter(ander -> ander != g && g.overlaptMet(ander))
                    .map(Gevraagd::omschrijving)
                    .toList();
            if (!overlappend.isEmpty()) {
                context.overtreding(g.record(), g.omschrijving() + " (" + productTekst(g) + ", " + g.van() + " tot "
                        + (g.tot() == null ? "open" : g.tot()) + ") overlapt met " + String.join(", ", overlappend)
                        + " voor hetzelfde product. Vraag een product per periode maar één keer.");
            }
        }
    }

    private static List<Gevraagd> gevraagd(Vow vow) {
        List<Gevraagd> lijst = new ArrayList<>();
        for (Record p : vow.ongewijzigd()) {
            vow.actueleToewijzing(p).ifPresent(t -> lijst.add(new Gevraagd(p, "OngewijzigdProduct "
                    + t.toewijzingNummer(), t.productCategorie(), t.productCode(), t.ingangsdatum(), t.einddatum())));
        }
        for (Record p : vow.teWijzigen()) {
            vow.actueleToewijzing(p).ifPresent(t -> lijst.add(new Gevraagd(p, "TeWijzigenProduct "
                    + t.toewijzingNummer(), t.productCategorie(), t.productCode(), t.ingangsdatum(),
                    p.datum("Einddatum").orElse(null))));
        }
        for (Record p : vow.nieuw()) {
            lijst.add(new Gevraagd(p, "NieuwProduct " + p.tekst("GewensteIngangsdatum").orElseThrow(),
                    p.tekst("Product/Categorie").orElse(null), p.tekst("Product/Code").orElse(null),
                    p.datum("GewensteIngangsdatum").orElseThrow(), p.datum("Einddatum").orElse(null)));
        }
        return lijst;
    }

    private static String productTekst(Gevraagd g) {
        return g.categorie() == null ? "zonder product" : Objects.requireNonNullElse(g.code(), "categorie " + g.categorie());
    }
}
