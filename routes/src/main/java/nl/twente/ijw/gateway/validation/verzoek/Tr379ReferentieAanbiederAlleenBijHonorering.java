package nl.twente.ijw.gateway.validation.verzoek;

import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW301;

import java.util.Optional;
import java.util.Set;
import nl.twente.ijw.gateway.stand.ToewijzingStand;
import nl.twente.ijw.gateway.stand.verzoek.AntwoordStand;
import nl.twente.ijw.gateway.stand.verzoek.VerzoekStand;
import nl.twente.ijw.gateway.validation.Record;
import nl.twente.ijw.gateway.validation.Regel;
import nl.twente.ijw.gateway.validation.RegelContext;
import nl.twente.ijw.gateway.validation.Regelsoort;
import org.springframework.stereotype.Component;

/**
 * TR379 (9379): a ToegewezenProduct carries a ReferentieAanbieder only in the JW301 that
 * honours a VOT line or VOW, the first one sent after that decision, and then it is that
 * request's reference (IV097). A filled value is therefore wrong when this aanbieder sent this
 * gemeente no request with it; when an earlier JW301 already carried it; and (interp.) when
 * the request was refused by a JW319 (nothing follows a refusal) or was for another client.
 * Several products of one JW301 may carry the same reference (a VOW is honoured as a whole).
 */
@Component
public class Tr379ReferentieAanbiederAlleenBijHonorering extends Regel {

    private final VerzoekStand verzoeken;
    private final AntwoordStand antwoorden;
    private final ToewijzingStand toewijzingen;

    public Tr379ReferentieAanbiederAlleenBijHonorering(VerzoekStand verzoeken, AntwoordStand antwoorden,
                                                        ToewijzingStand toewijzingen) {
        super("TR379", "9379", Regelsoort.BERICHTOVERSTIJGEND, Set.of(JW301), "ToegewezenProduct",
                "ReferentieAanbieder is alleen gevuld in de eerste JW301 die een VOT-regel of VOW honoreert, met de "
                        + "ReferentieAanbieder van dat verzoek.",
                "ReferentieAanbieder is filled only in the first JW301 honouring a VOT line or VOW, with that "
                        + "request's ReferentieAanbieder.");
        this.verzoeken = verzoeken;
        this.antwoorden = antwoorden;
        this.toewijzingen = toewijzingen;
    }

    @Override
    public void controleer(RegelContext context) {
        String gemeente = context.header().afzender();
        String aanbieder = context.header().ontvanger();
        Record client = context.root().kind("Client").orElseThrow();
        String pseudoniem = toewijzingen.pseudoniem(client.tekst("Bsn").orElseThrow());
        for (Record product : context.records("ToegewezenProduct")) {
            Optional<String> referentie = product.tekstLetterlijk("ReferentieAanbieder");
            if (referentie.isEmpty()) {
                continue;
            }
            String fout = fout(gemeente, aanbieder, pseudoniem, referentie.get());
            if (fout != null) {
                context.overtreding(product, product.pad("ReferentieAanbieder"), "ReferentieAanbieder '"
                        + referentie.get() + "': " + fout + " Vul ReferentieAanbieder alleen in de eerste toewijzing "
                        + "die een verzoek honoreert; laat hem anders leeg.");
            }
        }
    }

    private String fout(String gemeente, String aanbieder, String pseudoniem, String referentie) {
        Optional<VerzoekStand.Verzoek> verzoek = verzoeken.verzoek(gemeente, aanbieder, referentie);
        if (verzoek.isEmpty()) {
            return "deze aanbieder stuurde deze gemeente geen verzoek met die referentie.";
        }
        if (!verzoek.get().client().equals(pseudoniem)) {
            return "het verzoek met die referentie gaat over een andere client.";
        }
        if (verzoeken.isGehonoreerd(gemeente, aanbieder, referentie)) {
            return "een eerdere toewijzing honoreerde dit verzoek al.";
        }
        if (antwoorden.isAfgewezen(gemeente, aanbieder, referentie)) {
            return "het verzoek is afgewezen (JW319).";
        }
        return null;
    }
}
