package nl.twente.ijw.gateway.validation.technisch;

import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW301;
import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW305;
import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW307;
import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW315;
import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW323;
import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW325;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.twente.ijw.gateway.validation.Record;
import nl.twente.ijw.gateway.validation.Regel;
import nl.twente.ijw.gateway.validation.RegelContext;
import nl.twente.ijw.gateway.validation.Regelsoort;
import org.springframework.stereotype.Component;

/**
 * TR134: dates of things that already happened are not later than the message's Dagtekening
 * (OP047). The rule text names no elements; bound here (interp., STANDARD.md §4(a)) to the
 * Geboortedatum (client and Relatie), the Toewijzingsdatum, a start's Begindatum, a stop's
 * Einddatum and the DeclaratieDagtekening, and, because the standard lists the Prestatie of
 * JW323 and JW325, to the Begindatum of the ProductPeriode (its Einddatum is TR137's).
 */
@Component
public class Tr134DatumNietNaDagtekening extends Regel {

    /** A record class and the path of its date that may not lie after the Dagtekening. */
    private record Binding(String klasse, String pad, String omschrijving) {
    }

    private static final List<Binding> BINDINGEN = List.of(
            new Binding("Geboortedatum", "Datum", "De geboortedatum"),
            new Binding("ToegewezenProduct", "Toewijzingsdatum", "De Toewijzingsdatum"),
            new Binding("StartProduct", "Begindatum", "De Begindatum van de start"),
            new Binding("StopProduct", "Einddatum", "De Einddatum van de stop"),
            new Binding("Declaratie", "DeclaratieDagtekening", "De DeclaratieDagtekening"),
            new Binding("Prestatie", "ProductPeriode/Begindatum", "De begindatum van de ProductPeriode"));

    public Tr134DatumNietNaDagtekening() {
        super("TR134", "0001", Regelsoort.IN_BERICHT, Set.of(JW301, JW305, JW307, JW315, JW323, JW325), "Header",
                "Geboortedatum, Toewijzingsdatum, Begindatum van een start, Einddatum van een stop, "
                        + "DeclaratieDagtekening en begin van de ProductPeriode liggen niet na de Dagtekening van het "
                        + "bericht.",
                "Geboortedatum, Toewijzingsdatum, a start's Begindatum, a stop's Einddatum, DeclaratieDagtekening "
                        + "and the ProductPeriode's begin are not later than the message's Dagtekening.");
    }

    @Override
    public void controleer(RegelContext context) {
        LocalDate dagtekening = context.dagtekening();
        for (Binding binding : BINDINGEN) {
            for (Record record : context.records(binding.klasse())) {
                LocalDate datum = record.datum(binding.pad()).orElseThrow();
                if (datum.isAfter(dagtekening)) {
                    context.overtreding(record, record.pad(binding.pad()), binding.omschrijving() + " " + datum
                            + " ligt na de Dagtekening " + dagtekening + " van het bericht. Deze datum kan niet in de "
                            + "toekomst liggen: controleer de datum, of de Dagtekening.");
                }
            }
        }
    }
}
