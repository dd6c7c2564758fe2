package nl.twente.ijw.gateway.validation;

import java.util.List;

/** The rules of STANDARD.md that are not (yet) code, each with its reason; the catalogue lists them. */
final class NietGeimplementeerdeRegels {

    static final List<Regelcatalogus.NietGeimplementeerd> LIJST = List.of(
            new Regelcatalogus.NietGeimplementeerd("TR056", "alle heenberichten",
                    "geen klasse: het archief controleert de uniciteit van Afzender + BerichtCode + Identificatie zelf (9056), ook tussen instanties"),
            new Regelcatalogus.NietGeimplementeerd("CS015, CS025, CS319", "alle",
                    "geen retourcode: patronen in het XSD, dus al gecontroleerd op niveau 1 (schemafout)"));

    private NietGeimplementeerdeRegels() {
    }
}
