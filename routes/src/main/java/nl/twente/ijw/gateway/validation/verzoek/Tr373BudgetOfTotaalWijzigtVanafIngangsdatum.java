package nl.twente.ijw.gateway.validation.verzoek;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import nl.twente.ijw.gateway.stand.ToewijzingStand;
import nl.twente.ijw.gateway.stand.ToewijzingStand.Toewijzing;
import nl.twente.ijw.gateway.validation.Record;
import nl.twente.ijw.gateway.validation.RegelContext;
import org.springframework.stereotype.Component;

/**
 * TR373 (9373): a change of the Budget, or of the total over the toewijzing's period
 * (Frequentie 6), is always for the whole period (OP345), so its GewensteIngangsdatum is the
 * toewijzing's Ingangsdatum. (interp.) A Budget is changed when the record carries one that
 * differs from the toewijzing's; an absent Budget asks no budget change. The total is changed
 * when either side has Frequentie 6 and the requested Omvang differs.
 */
@Component
public class Tr373BudgetOfTotaalWijzigtVanafIngangsdatum extends TeWijzigenProductRegel {

    private static final String TOTAAL_IN_PERIODE = "6";

    public Tr373BudgetOfTotaalWijzigtVanafIngangsdatum(ToewijzingStand toewijzingen) {
        super("TR373", "9373",
                "Wijzigt een TeWijzigenProduct het Budget of het totaal over de toewijzingsperiode, dan is de "
                        + "GewensteIngangsdatum gelijk aan de Ingangsdatum van de toewijzing.",
                "A TeWijzigenProduct that changes the Budget or the total over the toewijzing's period starts on the "
                        + "toewijzing's Ingangsdatum.",
                toewijzingen);
    }

    @Override
    void controleer(RegelContext context, Vow vow, Record product, Toewijzing toewijzing) {
        LocalDate gewenst = product.datum("GewensteIngangsdatum").orElseThrow();
        if (gewenst.equals(toewijzing.ingangsdatum())) {
            return;
        }
        String wat = budgetGewijzigd(product, toewijzing) ? "het Budget"
                : totaalGewijzigd(product, toewijzing) ? "het totale volume (Frequentie 6)" : null;
        if (wat != null) {
            context.overtreding(product, product.pad("GewensteIngangsdatum"), "Deze wijziging van " + wat
                    + " van toewijzing " + toewijzing.toewijzingNummer() + " geldt voor de hele looptijd, maar de "
                    + "GewensteIngangsdatum " + gewenst + " wijkt af van de Ingangsdatum " + toewijzing.ingangsdatum()
                    + ". Vul " + toewijzing.ingangsdatum() + " in.");
        }
    }

    private static boolean budgetGewijzigd(Record product, Toewijzing toewijzing) {
        Optional<Long> budget = product.getal("Budget");
        return budget.isPresent() && !budget.get().equals(toewijzing.budget());
    }

    private static boolean totaalGewijzigd(Record product, Toewijzing toewijzing) {
        if (!product.heeft("Omvang")) {
            return false;
        }
        String frequentie = product.tekst("Omvang/Frequentie").orElseThrow();
        if (!TOTAAL_IN_PERIODE.equals(frequentie) && !TOTAAL_IN_PERIODE.equals(toewijzing.frequentie())) {
            return false;
        }
        Integer volume = product.getal("Omvang/Volume").map(Long::intValue).orElseThrow();
        return !volume.equals(toewijzing.volume())
                || !product.tekst("Omvang/Eenheid").orElseThrow().equals(toewijzing.eenheid())
                || !Objects.equals(frequentie, toewijzing.frequentie());
    }
}
