package nl.twente.ijw.gateway.validation.inbericht;

import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW323;
import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW325;

import java.util.List;
import java.util.Set;
import nl.twente.ijw.gateway.validation.Record;
import nl.twente.ijw.gateway.validation.Regel;
import nl.twente.ijw.gateway.validation.RegelContext;
import nl.twente.ijw.gateway.validation.Regelsoort;
import org.springframework.stereotype.Component;

/**
 * CS325: an amount of 0 has no direction and is written as debit (D). Every amount with a
 * DebetCredit: TotaalIngediendBedrag and each IngediendBedrag (JW323), and in a JW325 also
 * TotaalToegekendBedrag (findings of a JW325 only reach the report).
 */
@Component
public class Cs325NulBedragIsDebet extends Regel {

    private static final List<String> BEDRAGEN = List.of("TotaalIngediendBedrag", "TotaalToegekendBedrag", "IngediendBedrag");

    public Cs325NulBedragIsDebet() {
        super("CS325", "0001", Regelsoort.IN_BERICHT, Set.of(JW323, JW325), "Header",
                "Een (Totaal)Bedrag van 0 heeft DebetCredit D (debet).",
                "An amount or total of 0 has DebetCredit D (debit).");
    }

    @Override
    public void controleer(RegelContext context) {
        for (String naam : BEDRAGEN) {
            for (Record bedrag : context.records(naam)) {
                long waarde = bedrag.getal("Bedrag").or(() -> bedrag.getal("TotaalBedrag")).orElseThrow();
                bedrag.kind("DebetCredit").filter(dc -> waarde == 0 && !"D".equals(dc.tekst()))
                        .ifPresent(dc -> context.overtreding(dc, naam + " is 0 met DebetCredit " + dc.tekst()
                                + ". Een bedrag van 0 is altijd debet: vul D (CS325)."));
            }
        }
    }
}
