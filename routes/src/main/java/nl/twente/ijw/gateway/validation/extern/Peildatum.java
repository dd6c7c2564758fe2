package nl.twente.ijw.gateway.validation.extern;

import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW301;
import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW319;
import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW325;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.twente.ijw.gateway.bericht.BerichtSoort;
import nl.twente.ijw.gateway.stand.ToewijzingStand;
import nl.twente.ijw.gateway.validation.Record;
import nl.twente.ijw.gateway.validation.RegelContext;
import org.springframework.stereotype.Component;

/**
 * The date on which the external lists are consulted for a record (TR378, TR381): the
 * Ingangsdatum of the toewijzing the record concerns, so that after a municipal merger the old
 * code, and after a catalogue change the old product, stay usable for toewijzingen that started
 * before it (TR378, new in iJw 3.2).
 * <ul>
 * <li>JW301 ToegewezenProduct: its Ingangsdatum.</li>
 * <li>JW315 AangevraagdProduct: the requested ToewijzingIngangsdatum.</li>
 * <li>JW317 TeWijzigenProduct / NieuwProduct: the GewensteIngangsdatum (the Ingangsdatum asked for).</li>
 * <li>JW305/JW307 start and stop: the ToewijzingIngangsdatum it carries; else the Ingangsdatum of
 *     the toewijzing as accepted earlier; else its Begindatum, which lies inside the toewijzing.</li>
 * <li>JW323/JW325 Prestatie: the Ingangsdatum of its toewijzing as accepted earlier; else the
 *     begin of its ProductPeriode, which lies inside the toewijzing.</li>
 * <li>Anything else (JW319, a message without such records): the message's Dagtekening.</li>
 * </ul>
 * (interp.) The standard names only the toewijzing's Ingangsdatum and, for a VOT, the line's
 * ToewijzingIngangsdatum; the fall-backs are this gateway's choice.
 */
@Component
public class Peildatum {

    /** A date and where it came from, for the explanation to the sender. */
    public record Peil(LocalDate datum, String herkomst) {
    }

    /** The records whose toewijzing gives a date, per message. */
    private static final List<String> PRODUCTRECORDS = List.of("ToegewezenProduct", "StartProduct", "StopProduct",
            "AangevraagdProduct", "TeWijzigenProduct", "NieuwProduct", "Prestatie");

    /** Messages sent by the gemeente: its code is the Afzender; in the others it is the Ontvanger. */
    private static final Set<BerichtSoort> VAN_GEMEENTE = Set.of(JW301, JW319, JW325);

    private final ToewijzingStand stand;

    public Peildatum(ToewijzingStand stand) {
        this.stand = stand;
    }

    /** The header element that carries the gemeente code: Afzender or Ontvanger. */
    public static String gemeenteElement(BerichtSoort soort) {
        return VAN_GEMEENTE.contains(soort) ? "Afzender" : "Ontvanger";
    }

    public static String gemeentecode(RegelContext context) {
        return VAN_GEMEENTE.contains(context.soort()) ? context.header().afzender() : context.header().ontvanger();
    }

    /** Every date the message's toewijzingen give; the Dagtekening when there is none. */
    public List<Peil> vanBericht(RegelContext context) {
        List<Peil> peilen = new ArrayList<>();
        for (String naam : PRODUCTRECORDS) {
            for (Record record : context.records(naam)) {
                vanToewijzing(context, record).ifPresent(peilen::add);
            }
        }
        return peilen.isEmpty() ? List.of(dagtekening(context)) : peilen;
    }

    /** The date for one record; the Dagtekening when the record gives none. */
    public Peil van(RegelContext context, Record record) {
        return vanToewijzing(context, record).orElseGet(() -> dagtekening(context));
    }

    private Optional<Peil> vanToewijzing(RegelContext context, Record record) {
        return switch (record.naam()) {
            case "ToegewezenProduct" -> peil(record, "Ingangsdatum", "Ingangsdatum van toewijzing "
                    + record.tekst("ToewijzingNummer").orElse(""));
            case "AangevraagdProduct" -> peil(record, "ToewijzingIngangsdatum", "ToewijzingIngangsdatum");
            case "TeWijzigenProduct", "NieuwProduct" -> peil(record, "GewensteIngangsdatum", "GewensteIngangsdatum");
            case "StartProduct", "StopProduct" -> peil(record, "ToewijzingIngangsdatum", "ToewijzingIngangsdatum")
                    .or(() -> uitStand(context, record))
                    .or(() -> peil(record, "Begindatum", "Begindatum"));
            case "Prestatie" -> uitStand(context, record)
                    .or(() -> peil(record, "ProductPeriode/Begindatum", "begin van de ProductPeriode"));
            default -> Optional.empty();
        };
    }

    private Optional<Peil> uitStand(RegelContext context, Record record) {
        return record.getal("ToewijzingNummer")
                .flatMap(nummer -> stand.huidige(gemeentecode(context), nummer)
                        .map(t -> new Peil(t.ingangsdatum(), "Ingangsdatum van toewijzing " + nummer)));
    }

    private static Optional<Peil> peil(Record record, String pad, String herkomst) {
        return record.datum(pad).map(d -> new Peil(d, herkomst));
    }

    private static Peil dagtekening(RegelContext context) {
        return new Peil(context.dagtekening(), "Dagtekening van het bericht");
    }
}
