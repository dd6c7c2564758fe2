package nl.twente.ijw.gateway.validation.inbericht;

import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW301;
import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW315;
import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW317;
import static nl.twente.ijw.gateway.validation.inbericht.Productregel.AANGEVRAAGD;
import static nl.twente.ijw.gateway.validation.inbericht.Productregel.NIEUW;
import static nl.twente.ijw.gateway.validation.inbericht.Productregel.TE_WIJZIGEN;
import static nl.twente.ijw.gateway.validation.inbericht.Productregel.TOEGEWEZEN;

import java.time.LocalDate;
import java.util.Set;
import nl.twente.ijw.gateway.validation.Record;
import nl.twente.ijw.gateway.validation.Regel;
import nl.twente.ijw.gateway.validation.RegelContext;
import nl.twente.ijw.gateway.validation.Regelsoort;
import org.springframework.stereotype.Component;

/**
 * CS003: a period's end date is not before its begin date (equal is allowed: a one-day period,
 * or a deleted toewijzing with Einddatum = Ingangsdatum). The periods of the condities file:
 * Contact/Periode and ToegewezenProduct (JW301), AangevraagdProduct's ToewijzingEinddatum
 * (JW315), TeWijzigenProduct and NieuwProduct (JW317). For a TeWijzigenProduct the only begin
 * date in the message is GewensteIngangsdatum, so that is the begin compared with (interp.;
 * the toewijzing's own Ingangsdatum is only known from the state, cf. TR357).
 */
@Component
public class Cs003EinddatumNietVoorBegindatum extends Regel {

    public Cs003EinddatumNietVoorBegindatum() {
        super("CS003", "0001", Regelsoort.IN_BERICHT, Set.of(JW301, JW315, JW317), "Header",
                "De einddatum van een periode ligt niet vóór de begin- of ingangsdatum ervan.",
                "A period's end date is not before its begin date.");
    }

    @Override
    public void controleer(RegelContext context) {
        for (Record contact : context.records("Contact")) {
            contact.kind("Periode").ifPresent(periode -> vergelijk(context, periode, "Begindatum", "Einddatum"));
        }
        for (Productregel regel : Productregel.in(context, TOEGEWEZEN, AANGEVRAAGD, TE_WIJZIGEN, NIEUW)) {
            vergelijk(context, regel.record(), regel.ingangsdatumNaam(), regel.einddatumNaam());
        }
    }

    private static void vergelijk(RegelContext context, Record record, String beginNaam, String eindNaam) {
        LocalDate begin = record.datum(beginNaam).orElse(null);
        LocalDate eind = record.datum(eindNaam).orElse(null);
        if (begin != null && eind != null && eind.isBefore(begin)) {
            context.overtreding(record, record.pad(eindNaam), eindNaam + " " + eind + " ligt vóór " + beginNaam + " " + begin
                    + ". Vul een " + eindNaam + " op of na " + beginNaam + " (CS003).");
        }
    }
}
