package nl.twente.ijw.gateway.validation;

import java.util.List;

/** The rules of STANDARD.md that are not (yet) code, each with its reason; the catalogue lists them. */
final class NietGeimplementeerdeRegels {

    static final List<Regelcatalogus.NietGeimplementeerd> LIJST = List.of(
            new Regelcatalogus.NietGeimplementeerd("TR056", "alle heenberichten",
                    "geen klasse: het archief controleert de uniciteit van Afzender + BerichtCode + Identificatie zelf (9056), ook tussen instanties"),
            new Regelcatalogus.NietGeimplementeerd("CS015, CS025, CS319", "alle",
                    "geen retourcode: patronen in het XSD, dus al gecontroleerd op niveau 1 (schemafout)"),
            new Regelcatalogus.NietGeimplementeerd("TR069", "JW307",
                    "bestaat niet: WJ001 noemt 9069 bij 'TR069', de regel is TR382 (geïmplementeerd als Tr382StopNoemtLaatsteStart)"),
            new Regelcatalogus.NietGeimplementeerd("TR337, TR371, TR376", "JW325",
                    "controle van de aanbieder op een JW325 tegen zijn eigen JW323, zonder retourcode (n.v.t.); de gateway beantwoordt "
                            + "een JW323 zelf met een JW325 en archiveert een binnenkomende JW325 alleen. Volgt als rapportregel"),
            new Regelcatalogus.NietGeimplementeerd("TR366, TR367", "JW325",
                    "idem: een JW325 heeft geen retourbericht (9366/9367 kunnen nergens heen); de vergelijking met de geweigerde "
                            + "prestaties van de JW323 vraagt de geweigerde prestaties in de stand, die nu alleen toegekende bewaart"));

    private NietGeimplementeerdeRegels() {
    }
}
