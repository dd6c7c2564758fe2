package nl.twente.ijw.gateway.validation.inbericht;

import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW317;

import java.util.Set;
import nl.twente.ijw.gateway.validation.Regel;
import nl.twente.ijw.gateway.validation.RegelContext;
import nl.twente.ijw.gateway.validation.Regelsoort;
import org.springframework.stereotype.Component;

/** CD096: no Omvang on a NieuwProduct without product code that runs past 2020 (see {@link OmvangZonderProductcode}). */
@Component
public class Cd096OmvangLeegZonderProductcodeInVow extends Regel {

    public Cd096OmvangLeegZonderProductcodeInVow() {
        super("CD096", "0001", Regelsoort.IN_BERICHT, Set.of(JW317), "Header",
                "Bij een NieuwProduct zonder Product/Code en met Einddatum na 31-12-2020 of leeg is Omvang leeg.",
                "For a NieuwProduct without Product/Code whose Einddatum is after 2020-12-31 or empty, Omvang is empty.");
    }

    @Override
    public void controleer(RegelContext context) {
        OmvangZonderProductcode.controleer(context, Productregel.NIEUW, code());
    }
}
