package nl.twente.ijw.gateway.validation.technisch;

import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW319;

import java.util.Set;
import nl.twente.ijw.gateway.validation.Record;
import nl.twente.ijw.gateway.validation.Regel;
import nl.twente.ijw.gateway.validation.RegelContext;
import nl.twente.ijw.gateway.validation.Regelsoort;
import org.springframework.stereotype.Component;

/**
 * TR377: a refusal on the woonplaatsbeginsel (RedenAfwijzingVerzoek 8) names the gemeente that
 * is responsible instead, in Woonplaatsbeginsel (OP359).
 */
@Component
public class Tr377WoonplaatsbeginselBijReden8 extends Regel {

    public Tr377WoonplaatsbeginselBijReden8() {
        super("TR377", "0001", Regelsoort.IN_BERICHT, Set.of(JW319), "Header",
                "Bij RedenAfwijzingVerzoek 8 (woonplaatsbeginsel) is Woonplaatsbeginsel gevuld.",
                "RedenAfwijzingVerzoek 8 (woonplaatsbeginsel) requires Woonplaatsbeginsel.");
    }

    @Override
    public void controleer(RegelContext context) {
        for (Record antwoord : context.records("Antwoord")) {
            boolean reden8 = antwoord.tekst("RedenAfwijzingVerzoek").map("8"::equals).orElse(false);
            if (reden8 && !antwoord.heeft("Woonplaatsbeginsel")) {
                context.overtreding(antwoord, antwoord.pad("RedenAfwijzingVerzoek"), "Het verzoek is afgewezen "
                        + "op het woonplaatsbeginsel (reden 8), maar Woonplaatsbeginsel ontbreekt. Geef daarin de "
                        + "gemeente die wel verantwoordelijk is.");
            }
        }
    }
}
