package nl.twente.ijw.gateway.validation.levering;

import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW301;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import nl.twente.ijw.gateway.stand.ToewijzingStand;
import nl.twente.ijw.gateway.stand.ToewijzingStand.Toewijzing;
import nl.twente.ijw.gateway.validation.Record;
import nl.twente.ijw.gateway.validation.Regel;
import nl.twente.ijw.gateway.validation.RegelContext;
import nl.twente.ijw.gateway.validation.Regelsoort;
import org.springframework.stereotype.Component;

/**
 * TR332 (9332): a ToewijzingNummer identifies one toewijzing of the gemeente. A later version with
 * the same number is normal (IV013); it must be the same toewijzing: the same client and
 * aanbieder, and Product and Ingangsdatum unchanged, as they may never change (OP033x1, IV066,
 * IV093: a different product or start is a new toewijzing with a new number). A deleted
 * toewijzing (RedenWijziging 13) keeps its number.
 */
@Component
public class Tr332ToewijzingNummerUniek extends Regel {

    private final ToewijzingStand toewijzingen;

    public Tr332ToewijzingNummerUniek(ToewijzingStand toewijzingen) {
        super("TR332", "9332", Regelsoort.BERICHTOVERSTIJGEND, Set.of(JW301), "ToegewezenProduct",
                "Een ToewijzingNummer hoort bij één toewijzing van de gemeente: een nieuwe versie heeft dezelfde "
                        + "cliënt, aanbieder, Product en Ingangsdatum.",
                "A ToewijzingNummer belongs to one toewijzing of the gemeente: a new version has the same client, "
                        + "provider, Product and Ingangsdatum.");
        this.toewijzingen = toewijzingen;
    }

    @Override
    public void controleer(RegelContext context) {
        String gemeente = context.header().afzender();
        String aanbieder = context.header().ontvanger();
        String client = toewijzingen.pseudoniem(context.root().tekst("Client/Bsn").orElseThrow());
        // Without the lock two such messages checked at the same moment would both find the number
        // free. In ascending order, so two messages naming the same numbers never wait for each other.
        context.records("ToegewezenProduct").stream().map(p -> p.getal("ToewijzingNummer").orElseThrow())
                .sorted().distinct().forEach(nummer -> toewijzingen.vergrendel(gemeente, nummer));
        for (Record p : context.records("ToegewezenProduct")) {
            long nummer = p.getal("ToewijzingNummer").orElseThrow();
            toewijzingen.huidige(gemeente, nummer).ifPresent(eerder -> {
                List<String> verschillen = verschillen(eerder, aanbieder, client, p);
                if (!verschillen.isEmpty()) {
                    context.overtreding(p, p.pad("ToewijzingNummer"), "ToewijzingNummer " + nummer + " is al gebruikt "
                            + "voor een andere toewijzing van gemeente " + gemeente + " (verschil: "
                            + String.join(", ", verschillen) + "). Een nieuwe versie houdt cliënt, aanbieder, Product en "
                            + "Ingangsdatum; geef een andere toewijzing een nieuw ToewijzingNummer.");
                }
            });
        }
    }

    private static List<String> verschillen(Toewijzing eerder, String aanbieder, String client, Record p) {
        List<String> verschillen = new ArrayList<>();
        if (!eerder.client().equals(client)) {
            verschillen.add("andere cliënt");
        }
        if (!eerder.aanbieder().equals(aanbieder)) {
            verschillen.add("andere aanbieder");
        }
        String categorie = p.tekst("Product/Categorie").orElse(null);
        String code = p.tekst("Product/Code").orElse(null);
        if (!Objects.equals(eerder.productCategorie(), categorie) || !Objects.equals(eerder.productCode(), code)) {
            verschillen.add("Product " + product(eerder.productCategorie(), eerder.productCode()) + " werd "
                    + product(categorie, code));
        }
        LocalDate ingangsdatum = p.datum("Ingangsdatum").orElseThrow();
        if (!eerder.ingangsdatum().equals(ingangsdatum)) {
            verschillen.add("Ingangsdatum " + eerder.ingangsdatum() + " werd " + ingangsdatum);
        }
        return verschillen;
    }

    private static String product(String categorie, String code) {
        return categorie == null ? "(geen)" : categorie + (code == null ? "" : "/" + code);
    }
}
