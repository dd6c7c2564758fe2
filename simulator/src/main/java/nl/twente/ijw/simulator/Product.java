package nl.twente.ijw.simulator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.twente.ijw.mapping.Productcatalogus;
import nl.twente.ijw.mapping.Segment;

/**
 * A product of the example catalogue (mapping's producten.csv) as the simulator allocates it,
 * with the Omvang it gets in a toewijzing (CD041: a product code needs an Omvang).
 */
record Product(String categorie, String code, Segment segment, String subsegment, Omvang omvang, boolean etmaal) {

    /** CDT_Omvang: Volume, Eenheid (WJ756), Frequentie (WMO757). */
    record Omvang(int volume, String eenheid, String frequentie) {
    }

    /** The catalogue's coded products per form of care. */
    static final class Keuzes {
        private final List<Productcatalogus.Product> producten;

        Keuzes(Productcatalogus catalogus) {
            this.producten = catalogus.producten().stream().filter(p -> !p.isCategorieStandaard()).toList();
        }

        /** A product for this form of care, valid on the toewijzing's Ingangsdatum (TR381). */
        Product kies(Kans kans, Zorgvorm vorm, LocalDate ingangsdatum) {
            List<Productcatalogus.Product> passend = new ArrayList<>();
            for (Productcatalogus.Product p : producten) {
                if (p.segment() == vorm.segment && (vorm.subsegment == null || vorm.subsegment.equals(p.subsegment()))
                        && p.geldigOp(ingangsdatum)) {
                    passend.add(p);
                }
            }
            if (passend.isEmpty()) {
                throw new IllegalStateException("geen product voor " + vorm + " op " + ingangsdatum);
            }
            Productcatalogus.Product p = kans.een(passend);
            return new Product(p.categorie(), p.code(), p.segment(), p.subsegment(), omvang(kans, p.eenheid()),
                    "14".equals(p.eenheid()));
        }

        private static Omvang omvang(Kans kans, String eenheid) {
            if (eenheid == null) {
                // Measures without a tariff (jeugdbescherming, jeugdreclassering): one per month.
                return new Omvang(1, "84", "4");
            }
            return switch (eenheid) {
                case "04" -> new Omvang(kans.tussen(1, 6), "04", "2");
                case "16" -> new Omvang(kans.tussen(2, 8), "16", "2");
                // Per month, so that a toewijzing for verblijf may stay open (CD076 only binds per week).
                case "14" -> new Omvang(31, "14", "4");
                default -> new Omvang(kans.tussen(4, 20), eenheid, "4");
            };
        }
    }
}
