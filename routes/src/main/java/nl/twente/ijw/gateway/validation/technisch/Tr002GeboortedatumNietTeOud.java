package nl.twente.ijw.gateway.validation.technisch;

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
 * TR002: a Geboortedatum (of the client, and in JW301 of a Relatie) lies at most 120 years
 * before the message's Dagtekening; exactly 120 years is still allowed. An unknown birth date
 * (DatumGebruik 3 with Datum 1900-01-01, IV009) is exempt.
 */
@Component
public class Tr002GeboortedatumNietTeOud extends Regel {

    static final LocalDate ONBEKEND = LocalDate.of(1900, 1, 1);

    public Tr002GeboortedatumNietTeOud() {
        super("TR002", "0001", Regelsoort.IN_BERICHT, Set.of(JW301, JW305, JW307, JW315), "Header",
                "Een Geboortedatum ligt niet meer dan 120 jaar voor de Dagtekening van het bericht, tenzij de "
                        + "geboortedatum onbekend is (DatumGebruik 3 en Datum 1900-01-01).",
                "A Geboortedatum is at most 120 years before the message's Dagtekening, unless it is unknown "
                        + "(DatumGebruik 3 with Datum 1900-01-01).");
    }

    @Override
    public void controleer(RegelContext context) {
        LocalDate grens = context.dagtekening().minusYears(120);
        for (Record geboortedatum : context.records("Geboortedatum")) {
            LocalDate datum = geboortedatum.datum("Datum").orElseThrow();
            if (datum.isBefore(grens) && !isOnbekend(geboortedatum, datum)) {
                context.overtreding(geboortedatum, geboortedatum.pad("Datum"),
                        "De geboortedatum " + datum + " ligt meer dan 120 jaar voor de Dagtekening "
                                + context.dagtekening() + " (grens " + grens + "). Controleer de geboortedatum; is die "
                                + "onbekend, geef dan Datum 1900-01-01 met DatumGebruik 3.");
            }
        }
    }

    private static boolean isOnbekend(Record geboortedatum, LocalDate datum) {
        return ONBEKEND.equals(datum) && geboortedatum.tekst("DatumGebruik").map("3"::equals).orElse(false);
    }
}
