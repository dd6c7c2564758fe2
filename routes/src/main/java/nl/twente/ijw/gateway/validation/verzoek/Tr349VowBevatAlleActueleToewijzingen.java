package nl.twente.ijw.gateway.validation.verzoek;

import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW317;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import nl.twente.ijw.gateway.stand.ToewijzingStand;
import nl.twente.ijw.gateway.validation.Record;
import nl.twente.ijw.gateway.validation.Regel;
import nl.twente.ijw.gateway.validation.RegelContext;
import nl.twente.ijw.gateway.validation.Regelsoort;
import org.springframework.stereotype.Component;

/**
 * TR349 (9349): a VOW is the complete desired situation (IV092, OP308), so every current
 * toewijzing of the client at this aanbieder from this gemeente appears in it, unchanged or
 * to be changed. Current: see {@link Actualiteit}. The code goes on Verzoek (as in JW318.xml).
 */
@Component
public class Tr349VowBevatAlleActueleToewijzingen extends Regel {

    private final ToewijzingStand toewijzingen;

    public Tr349VowBevatAlleActueleToewijzingen(ToewijzingStand toewijzingen) {
        super("TR349", "9349", Regelsoort.BERICHTOVERSTIJGEND, Set.of(JW317), "Verzoek",
                "De VOW bevat elke actuele toewijzing van de client bij deze aanbieder, als OngewijzigdProduct of "
                        + "als TeWijzigenProduct.",
                "The VOW lists every current toewijzing of the client at this provider, as OngewijzigdProduct or "
                        + "TeWijzigenProduct.");
        this.toewijzingen = toewijzingen;
    }

    @Override
    public void controleer(RegelContext context) {
        Vow vow = Vow.van(context, toewijzingen);
        Set<Long> genoemd = new HashSet<>();
        Stream.concat(vow.ongewijzigd().stream(), vow.teWijzigen().stream())
                .forEach(p -> genoemd.add(p.getal("ToewijzingNummer").orElseThrow()));
        List<Long> ontbrekend = vow.actueleToewijzingenVanClient().stream()
                .map(ToewijzingStand.Toewijzing::toewijzingNummer)
                .filter(n -> !genoemd.contains(n))
                .toList();
        if (!ontbrekend.isEmpty()) {
            Record verzoek = vow.verzoek();
            context.overtreding(verzoek, "De actuele toewijzing(en) " + Vow.opsomming(ontbrekend) + " van deze client ontbreken in "
                    + "de VOW. Neem elke actuele toewijzing op, als OngewijzigdProduct of als TeWijzigenProduct.");
        }
    }
}
