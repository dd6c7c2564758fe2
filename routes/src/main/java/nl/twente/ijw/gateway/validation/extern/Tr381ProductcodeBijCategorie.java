package nl.twente.ijw.gateway.validation.extern;

import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW301;
import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW305;
import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW307;
import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW315;
import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW317;
import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW323;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.twente.ijw.gateway.bericht.BerichtSoort;
import nl.twente.ijw.gateway.validation.Record;
import nl.twente.ijw.gateway.validation.Regel;
import nl.twente.ijw.gateway.validation.RegelContext;
import nl.twente.ijw.gateway.validation.Regelsoort;
import nl.twente.ijw.mapping.Productcatalogus;
import org.springframework.stereotype.Component;

/**
 * TR381 (S329): a ProductCode belongs to its ProductCategorie in the product list in use, on the
 * Ingangsdatum of the toewijzing (see {@link Peildatum}). The code goes on the record that names
 * the product. Not checked: a product without a code (aspecific toewijzing), a removal (status
 * 3: only its existence is checked, IV028/TR063) and a credit prestatie (IV085: refused only for
 * technical reasons; it mirrors a debit that was judged already).
 */
@Component
public class Tr381ProductcodeBijCategorie extends Regel {

    private static final Map<BerichtSoort, String> PRODUCTRECORD = Map.of(
            JW301, "ToegewezenProduct", JW305, "StartProduct", JW307, "StopProduct",
            JW315, "AangevraagdProduct", JW317, "NieuwProduct", JW323, "Prestatie");

    private final Productcatalogus catalogus;
    private final Peildatum peildatum;

    public Tr381ProductcodeBijCategorie(Productcatalogus catalogus, Peildatum peildatum) {
        super("TR381", "S329", Regelsoort.EXTERN, PRODUCTRECORD.keySet(),
                "ToegewezenProduct, StartProduct, StopProduct, AangevraagdProduct, NieuwProduct, Prestatie",
                "De ProductCode hoort bij de ProductCategorie in de gebruikte productenlijst, op de ingangsdatum"
                        + " van de toewijzing.",
                "The ProductCode belongs to the ProductCategorie in the product list in use, on the toewijzing's"
                        + " start date.");
        this.catalogus = catalogus;
        this.peildatum = peildatum;
    }

    @Override
    public void controleer(RegelContext context) {
        boolean declaratie = context.soort() == JW323;
        for (Record record : context.records(PRODUCTRECORD.get(context.soort()))) {
            if (isVerwijdering(record) || isCredit(record)) {
                continue;
            }
            String categoriePad = declaratie ? "ProductCategorie" : "Product/Categorie";
            String codePad = declaratie ? "ProductCode" : "Product/Code";
            Optional<String> code = record.tekst(codePad);
            Optional<String> categorie = record.tekst(categoriePad);
            if (code.isEmpty() || categorie.isEmpty()) {
                continue;
            }
            Peildatum.Peil peil = peildatum.van(context, record);
            if (catalogus.product(categorie.get(), code.get(), peil.datum()).isEmpty()) {
                context.overtreding(record, record.pad(codePad), uitleg(categorie.get(), code.get(), peil));
            }
        }
    }

    private String uitleg(String categorie, String code, Peildatum.Peil peil) {
        List<Productcatalogus.Product> bekend = catalogus.metCode(code);
        List<Productcatalogus.Product> inCategorie = bekend.stream().filter(p -> p.categorie().equals(categorie)).toList();
        if (!inCategorie.isEmpty()) {
            String perioden = inCategorie.stream().map(p -> RegisterUitleg.periode(p.geldigVan(), p.geldigTot())).collect(Collectors.joining("; "));
            return "ProductCode " + code + " van categorie " + categorie + " is in de productenlijst " + perioden
                    + ", dus niet op " + peil.datum() + " (" + peil.herkomst() + "). Gebruik een product dat op die datum geldt.";
        }
        if (!bekend.isEmpty()) {
            String andere = bekend.stream().map(Productcatalogus.Product::categorie).distinct().collect(Collectors.joining(", "));
            return "ProductCode " + code + " hoort in de productenlijst bij categorie " + andere + ", niet bij ProductCategorie "
                    + categorie + ". Vul de categorie van het product in of de juiste code.";
        }
        return "ProductCode " + code + " komt niet voor in de productenlijst (ProductCategorie " + categorie + ")."
                + " Gebruik een code uit de productenlijst die gemeente en aanbieder hebben afgesproken.";
    }


    private static boolean isVerwijdering(Record record) {
        return record.tekst("StatusAanlevering").filter("3"::equals).isPresent();
    }

    private static boolean isCredit(Record record) {
        return record.tekst("IngediendBedrag/DebetCredit").filter("C"::equals).isPresent();
    }
}
