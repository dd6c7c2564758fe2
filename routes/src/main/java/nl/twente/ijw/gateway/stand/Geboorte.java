package nl.twente.ijw.gateway.stand;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import nl.twente.ijw.gateway.validation.Record;

/**
 * What the facts may keep of a client's Geboortedatum (CDT_Geboortedatum): the birth year and
 * an age in whole years. The date itself is never stored.
 *
 * <p>DatumGebruik (COD170) says which parts are known: absent = the whole date; 1 = day
 * unknown; 2 = day and month unknown; 3 = nothing known (Datum 1900-01-01, CS139). With a part
 * unknown the age is the one the client has certainly reached: the latest possible birth date
 * in that month or year is used. Nothing known gives no year and no age.
 */
public final class Geboorte {

    private static final String DAG_ONBEKEND = "1";
    private static final String DAG_EN_MAAND_ONBEKEND = "2";
    private static final String ONBEKEND = "3";

    private Geboorte() {
    }

    /** The birth year of the Client record, unless DatumGebruik says it is unknown. */
    public static Integer jaar(Record client) {
        return laatstMogelijke(client).map(LocalDate::getYear).orElse(null);
    }

    /** Age in whole years on {@code datum}; null when unknown or when the date lies before the birth. */
    public static Integer leeftijdOp(Record client, LocalDate datum) {
        return laatstMogelijke(client)
                .filter(geboren -> !geboren.isAfter(datum))
                .map(geboren -> Period.between(geboren, datum).getYears())
                .orElse(null);
    }

    private static Optional<LocalDate> laatstMogelijke(Record client) {
        Optional<LocalDate> datum = client.datum("Geboortedatum/Datum");
        String gebruik = client.tekst("Geboortedatum/DatumGebruik").orElse(null);
        if (datum.isEmpty() || ONBEKEND.equals(gebruik)) {
            return Optional.empty();
        }
        if (DAG_ONBEKEND.equals(gebruik)) {
            return datum.map(d -> d.with(TemporalAdjusters.lastDayOfMonth()));
        }
        if (DAG_EN_MAAND_ONBEKEND.equals(gebruik)) {
            return datum.map(d -> d.with(TemporalAdjusters.lastDayOfYear()));
        }
        return datum;
    }
}
