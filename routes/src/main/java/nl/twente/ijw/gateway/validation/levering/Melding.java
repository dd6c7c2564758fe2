package nl.twente.ijw.gateway.validation.levering;

import java.util.ArrayList;
import java.util.List;
import nl.twente.ijw.gateway.bericht.BerichtSoort;
import nl.twente.ijw.gateway.stand.levering.LeveringStand;
import nl.twente.ijw.gateway.stand.levering.Startsleutel;
import nl.twente.ijw.gateway.stand.levering.Stopsleutel;
import nl.twente.ijw.gateway.validation.Record;
import nl.twente.ijw.gateway.validation.RegelContext;

/**
 * One StartProduct or StopProduct of the message under judgement, with its key. For a start
 * {@code stop} is null; {@code positie} is its place in the message (for ties, 0-based).
 */
record Melding(Record record, int positie, Startsleutel start, Stopsleutel stop) {

    /** The start or stop records of a JW305 / JW307, in document order. */
    static List<Melding> van(RegelContext context) {
        boolean stops = context.soort() == BerichtSoort.JW307;
        List<Melding> meldingen = new ArrayList<>();
        for (Record r : context.records(stops ? "StopProduct" : "StartProduct")) {
            meldingen.add(new Melding(r, meldingen.size(), Startsleutel.van(r), stops ? Stopsleutel.van(r) : null));
        }
        return meldingen;
    }

    /** The logical key of this record class: the start key for a start, the stop key for a stop. */
    Object sleutel() {
        return stop != null ? stop : start;
    }

    boolean isStop() {
        return stop != null;
    }

    /** StatusAanlevering 3: removes the earlier record with the same key; only its existence is checked (TR063). */
    boolean isVerwijdering() {
        return LeveringStand.isVerwijdering(record);
    }

    /** StatusAanlevering 1: a new record, subject to every other rule. */
    boolean isToevoeging() {
        return LeveringStand.isEersteAanlevering(record);
    }

    String omschrijving() {
        return stop != null ? stop.omschrijving() : start.omschrijving();
    }
}
