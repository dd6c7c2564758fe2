package nl.twente.ijw.gateway.validation.technisch;

import java.util.Optional;
import nl.twente.ijw.gateway.validation.Record;

/**
 * The product of a toewijzing or request (CDT_Product) as the stacking rules TR302, TR386 and
 * TR410 compare it: on Code when both have one, otherwise on Categorie; a generic toewijzing
 * (no Product at all) counts as the same product as every other one.
 */
record Zorgproduct(Optional<String> categorie, Optional<String> code) {

    static Zorgproduct van(Record record) {
        return new Zorgproduct(record.tekstLetterlijk("Product/Categorie"), record.tekstLetterlijk("Product/Code"));
    }

    boolean isGeneriek() {
        return categorie.isEmpty();
    }

    boolean zelfdeAls(Zorgproduct ander) {
        if (isGeneriek() || ander.isGeneriek()) {
            return true;
        }
        if (code.isPresent() && ander.code.isPresent()) {
            return code.equals(ander.code);
        }
        // At least one has only a category: the rule then holds on category level.
        return categorie.equals(ander.categorie);
    }

    @Override
    public String toString() {
        if (isGeneriek()) {
            return "generiek (zonder Product)";
        }
        return "categorie " + categorie.get() + code.map(c -> ", code " + c).orElse(" zonder code");
    }
}
