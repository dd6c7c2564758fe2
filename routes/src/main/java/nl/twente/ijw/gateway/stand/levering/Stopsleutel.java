package nl.twente.ijw.gateway.stand.levering;

import java.time.LocalDate;
import nl.twente.ijw.gateway.validation.Record;

/**
 * The logical key of a StopProduct: the key of the start it ends plus RedenBeeindiging and
 * Einddatum (RedenBeeindiging joined the key in 3.2).
 */
public record Stopsleutel(Startsleutel start, String redenBeeindiging, LocalDate einddatum) {

    /** RedenBeeindiging 20: delivery paused, resumption expected (JZ588). */
    public static final String TIJDELIJK = "20";

    public static Stopsleutel van(Record record) {
        return new Stopsleutel(Startsleutel.van(record), record.tekst("RedenBeeindiging").orElseThrow(),
                record.datum("Einddatum").orElseThrow());
    }

    public boolean isTijdelijk() {
        return TIJDELIJK.equals(redenBeeindiging);
    }

    public String omschrijving() {
        return start.omschrijving() + ", RedenBeeindiging " + redenBeeindiging + ", Einddatum " + einddatum;
    }
}
