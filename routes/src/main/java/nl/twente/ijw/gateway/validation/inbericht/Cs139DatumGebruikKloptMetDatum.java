package nl.twente.ijw.gateway.validation.inbericht;

import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW301;
import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW305;
import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW307;
import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW315;

import java.time.LocalDate;
import java.util.Set;
import nl.twente.ijw.gateway.validation.Record;
import nl.twente.ijw.gateway.validation.Regel;
import nl.twente.ijw.gateway.validation.RegelContext;
import nl.twente.ijw.gateway.validation.Regelsoort;
import org.springframework.stereotype.Component;

/**
 * CS139: a Geboortedatum whose DatumGebruik says part of it is unknown fills that part with the
 * agreed placeholder (IV009): 1 (day unknown) → day 01; 2 (day and month unknown) → 01-01;
 * 3 (all unknown) → 1900-01-01. Applies to the client (JW301, 305, 307, 315) and to the
 * Relatie (JW301). Without DatumGebruik the date is complete and nothing is checked.
 */
@Component
public class Cs139DatumGebruikKloptMetDatum extends Regel {

    private static final LocalDate ONBEKEND = LocalDate.of(1900, 1, 1);

    public Cs139DatumGebruikKloptMetDatum() {
        super("CS139", "0001", Regelsoort.IN_BERICHT, Set.of(JW301, JW305, JW307, JW315), "Header",
                "In een Geboortedatum zijn DatumGebruik en Datum met elkaar in overeenstemming.",
                "In a Geboortedatum, DatumGebruik and Datum agree with each other.");
    }

    @Override
    public void controleer(RegelContext context) {
        for (Record geboortedatum : context.records("Geboortedatum")) {
            String gebruik = geboortedatum.tekst("DatumGebruik").orElse(null);
            LocalDate datum = geboortedatum.datum("Datum").orElse(null);
            if (gebruik == null || datum == null) {
                continue;
            }
            String fout = switch (gebruik) {
                case "1" -> datum.getDayOfMonth() == 1 ? null
                        : "DatumGebruik 1 (dag onbekend) vraagt dag 01 in Datum, maar de dag is " + datum.getDayOfMonth() + ".";
                case "2" -> datum.getDayOfMonth() == 1 && datum.getMonthValue() == 1 ? null
                        : "DatumGebruik 2 (dag en maand onbekend) vraagt 1 januari van het geboortejaar in Datum.";
                case "3" -> datum.equals(ONBEKEND) ? null
                        : "DatumGebruik 3 (datum onbekend) vraagt 1900-01-01 in Datum.";
                default -> null;
            };
            if (fout != null) {
                context.overtreding(geboortedatum, geboortedatum.pad("Datum"), fout
                        + " Vul het onbekende deel met 01, of laat DatumGebruik weg als de datum volledig bekend is (CS139, IV009).");
            }
        }
    }
}
