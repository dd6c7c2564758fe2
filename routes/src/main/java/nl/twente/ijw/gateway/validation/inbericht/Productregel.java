package nl.twente.ijw.gateway.validation.inbericht;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.twente.ijw.gateway.validation.Record;
import nl.twente.ijw.gateway.validation.RegelContext;

/**
 * A record that allocates or requests a product for a period, with the names its begin and end
 * dates carry in that message: ToegewezenProduct (JW301: Ingangsdatum/Einddatum),
 * AangevraagdProduct (JW315: ToewijzingIngangsdatum/ToewijzingEinddatum), TeWijzigenProduct and
 * NieuwProduct (JW317: GewensteIngangsdatum/Einddatum). Many conditions of the standard (CD041,
 * CD075–CD080, CD095, CD096, CS003, CS338, CS343) are the same sentence on these classes.
 */
record Productregel(Record record, String ingangsdatumNaam, String einddatumNaam) {

    static final String TOEGEWEZEN = "ToegewezenProduct";
    static final String AANGEVRAAGD = "AangevraagdProduct";
    static final String TE_WIJZIGEN = "TeWijzigenProduct";
    static final String NIEUW = "NieuwProduct";

    /** The CD080/CS338 cut-off: later end dates (or none) fall under the 2021 rules of Omvang. */
    static final LocalDate EIND_2020 = LocalDate.of(2020, 12, 31);

    /** Every record of the given classes, in document order per class. */
    static List<Productregel> in(RegelContext context, String... klassen) {
        List<Productregel> regels = new ArrayList<>();
        for (String klasse : klassen) {
            for (Record r : context.records(klasse)) {
                regels.add(switch (klasse) {
                    case TOEGEWEZEN -> new Productregel(r, "Ingangsdatum", "Einddatum");
                    case AANGEVRAAGD -> new Productregel(r, "ToewijzingIngangsdatum", "ToewijzingEinddatum");
                    case TE_WIJZIGEN, NIEUW -> new Productregel(r, "GewensteIngangsdatum", "Einddatum");
                    default -> throw new IllegalArgumentException("geen productregel: " + klasse);
                });
            }
        }
        return regels;
    }

    String klasse() {
        return record.naam();
    }

    boolean heeft(String pad) {
        return record.heeft(pad);
    }

    String pad(String kind) {
        return record.pad(kind);
    }

    Optional<LocalDate> ingangsdatum() {
        return record.datum(ingangsdatumNaam);
    }

    Optional<LocalDate> einddatum() {
        return record.datum(einddatumNaam);
    }

    /** "Einddatum groter dan 31-12-2020 of leeg" of CD080, CD095, CD096, CS338 and CS343. */
    boolean eindigtNa2020OfOpen() {
        return einddatum().map(d -> d.isAfter(EIND_2020)).orElse(true);
    }

    /** The end date as the sender sees it in an uitleg: the value, or that it is empty. */
    String einddatumTekst() {
        return einddatum().map(d -> einddatumNaam + " " + d).orElse("geen " + einddatumNaam);
    }
}
