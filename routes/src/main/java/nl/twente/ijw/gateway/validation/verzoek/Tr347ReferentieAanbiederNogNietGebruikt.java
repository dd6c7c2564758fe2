package nl.twente.ijw.gateway.validation.verzoek;

import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW315;
import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW317;

import java.util.Set;
import nl.twente.ijw.gateway.bericht.BerichtSoort;
import nl.twente.ijw.gateway.stand.verzoek.VerzoekStand;
import nl.twente.ijw.gateway.validation.Record;
import nl.twente.ijw.gateway.validation.Regel;
import nl.twente.ijw.gateway.validation.RegelContext;
import nl.twente.ijw.gateway.validation.Regelsoort;
import org.springframework.stereotype.Component;

/**
 * TR347 (9347): a ReferentieAanbieder is used once by an aanbieder in the Jw domain, for VOT
 * lines and VOWs alike (OP361), whichever gemeente the request went to. The code goes on the
 * AangevraagdProduct (JW316) or the Verzoek (JW318). Repeats within one JW315 are TR383 (0001).
 */
@Component
public class Tr347ReferentieAanbiederNogNietGebruikt extends Regel {

    private final VerzoekStand verzoeken;

    public Tr347ReferentieAanbiederNogNietGebruikt(VerzoekStand verzoeken) {
        super("TR347", "9347", Regelsoort.BERICHTOVERSTIJGEND, Set.of(JW315, JW317), "AangevraagdProduct, Verzoek",
                "De ReferentieAanbieder van een verzoek (regel van een VOT of een VOW) is niet eerder door deze "
                        + "aanbieder gebruikt.",
                "A request's ReferentieAanbieder (VOT line or VOW) was never used before by this provider.");
        this.verzoeken = verzoeken;
    }

    @Override
    public void controleer(RegelContext context) {
        String aanbieder = context.header().afzender();
        String naam = context.soort() == BerichtSoort.JW315 ? "AangevraagdProduct" : "Verzoek";
        for (Record verzoek : context.records(naam)) {
            String referentie = verzoek.tekstLetterlijk("ReferentieAanbieder").orElseThrow();
            if (verzoeken.referentieGebruikt(aanbieder, referentie)) {
                context.overtreding(verzoek, verzoek.pad("ReferentieAanbieder"), "ReferentieAanbieder '" + referentie
                        + "' is al eerder gebruikt voor een verzoek van deze aanbieder. Geef elk verzoek (elke regel "
                        + "van een VOT en elke VOW) een nieuwe ReferentieAanbieder.");
            }
        }
    }
}
