package nl.twente.ijw.gateway.stand.levering;

import java.time.LocalDate;
import java.util.Objects;
import nl.twente.ijw.gateway.validation.Record;

/**
 * The logical key of a StartProduct (IV008): ToewijzingNummer + Product + Begindatum. A stop
 * carries the same three to name the start it ends (TR382). ToewijzingIngangsdatum is in no key.
 * Without a ToewijzingNummer the record belongs to the taakgericht variant (IV096).
 */
public record Startsleutel(Long toewijzingNummer, String productCategorie, String productCode, LocalDate begindatum) {

    /** The key of a StartProduct or StopProduct element; numbers compared as numbers ({@code +0700001} = 700001). */
    public static Startsleutel van(Record record) {
        return new Startsleutel(record.getal("ToewijzingNummer").orElse(null),
                record.tekst("Product/Categorie").orElse(null), record.tekst("Product/Code").orElse(null),
                record.datum("Begindatum").orElseThrow());
    }

    /** On the same toewijzing: the same number; without a number (taakgericht) the same product. */
    public boolean zelfdeToewijzing(Startsleutel ander) {
        if (toewijzingNummer != null || ander.toewijzingNummer != null) {
            return Objects.equals(toewijzingNummer, ander.toewijzingNummer);
        }
        return zelfdeProduct(ander);
    }

    /** TR413–TR415 compare Bsn + ToewijzingNummer + Begindatum, without Product. */
    public boolean zelfdeNummerEnBegindatum(Startsleutel ander) {
        return Objects.equals(toewijzingNummer, ander.toewijzingNummer) && begindatum.equals(ander.begindatum);
    }

    public boolean zelfdeProduct(Startsleutel ander) {
        return Objects.equals(productCategorie, ander.productCategorie) && Objects.equals(productCode, ander.productCode);
    }

    /** For explanations to the sender: "ToewijzingNummer 700001, Product 45/45A01, Begindatum 2026-03-02". */
    public String omschrijving() {
        return (toewijzingNummer == null ? "zonder ToewijzingNummer" : "ToewijzingNummer " + toewijzingNummer)
                + ", " + product() + ", Begindatum " + begindatum;
    }

    public String product() {
        if (productCategorie == null) {
            return "zonder Product";
        }
        return "Product " + productCategorie + (productCode == null ? "" : "/" + productCode);
    }
}
