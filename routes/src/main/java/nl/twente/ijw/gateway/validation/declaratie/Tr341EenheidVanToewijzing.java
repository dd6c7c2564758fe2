package nl.twente.ijw.gateway.validation.declaratie;

import java.util.Optional;
import nl.twente.ijw.gateway.stand.ToewijzingStand.Toewijzing;
import nl.twente.ijw.gateway.validation.RegelContext;
import org.springframework.stereotype.Component;

/**
 * TR341 (9341): the prestatie's Eenheid is the toewijzing's; hours (04) may be claimed in
 * minutes (01). A toewijzing without Omvang (aspecific or generic) has no unit of its own: then
 * the contract's unit for the ProductCode applies ({@link ContractTarieven}); a product without
 * a contract rate is not checked.
 */
@Component
public class Tr341EenheidVanToewijzing extends PrestatieTegenToewijzing {

    private final ContractTarieven tarieven;

    public Tr341EenheidVanToewijzing(Declaratiegegevens gegevens, ContractTarieven tarieven) {
        super("TR341", "9341",
                "De Eenheid van de prestatie is die van de toewijzing (uren mogen in minuten); zonder omvang in de toewijzing die van het contract.",
                "The prestatie's Eenheid is the toewijzing's (hours may be claimed in minutes); without an Omvang, the contract's.",
                gegevens);
        this.tarieven = tarieven;
    }

    @Override
    protected void controleer(RegelContext context, Prestatie p, Toewijzing t) {
        Optional<String> verwacht = Optional.ofNullable(t.eenheid()).or(() -> tarieven
                .tarief(gegevens.gemeente(context), gegevens.aanbieder(context), p.code(), p.begin())
                .map(ContractTarieven.Tarief::eenheid));
        verwacht.filter(e -> Omvangrekening.factor(e, p.eenheid()).isEmpty()).ifPresent(e ->
                context.overtreding(p.record(), p.record().pad("Eenheid"), "Prestatie " + p.referentieNummer()
                        + " declareert in eenheid " + p.eenheid() + " (" + Declaratiegegevens.eenheid(p.eenheid())
                        + "), maar " + (t.eenheid() != null ? "toewijzing " + p.toewijzingNummer() : "het contract voor " + p.code())
                        + " rekent in eenheid " + e + " (" + Declaratiegegevens.eenheid(e) + ")"
                        + (Omvangrekening.UUR.equals(e) ? "; uren mogen ook in minuten (01)" : "")
                        + ". Declareer in die eenheid."));
    }
}
