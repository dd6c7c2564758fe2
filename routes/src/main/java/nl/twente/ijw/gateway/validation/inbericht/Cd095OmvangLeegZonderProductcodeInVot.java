package nl.twente.ijw.gateway.validation.inbericht;

import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW315;

import java.util.Set;
import nl.twente.ijw.gateway.validation.Regel;
import nl.twente.ijw.gateway.validation.RegelContext;
import nl.twente.ijw.gateway.validation.Regelsoort;
import org.springframework.stereotype.Component;

/** CD095: no Omvang on an AangevraagdProduct without product code that runs past 2020 (see {@link OmvangZonderProductcode}). */
@Component
public class Cd095OmvangLeegZonderProductcodeInVot extends Regel {

    public Cd095OmvangLeegZonderProductcodeInVot() {
        super("CD095", "0001", Regelsoort.IN_BERICHT, Set.of(JW315), "Header",
                "Bij een AangevraagdProduct zonder Product/Code en met ToewijzingEinddatum na 31-12-2020 of leeg is Omvang leeg.",
                "For an AangevraagdProduct without Product/Code whose ToewijzingEinddatum is after 2020-12-31 or empty, Omvang is empty.");
    }

    @Override
    public void controleer(RegelContext context) {
        OmvangZonderProductcode.controleer(context, Productregel.AANGEVRAAGD, code());
    }
}
