package nl.twente.ijw.gateway.stand.levering;

import java.time.LocalDate;

/** A stop of delivery that counts: sent with status 1 in an accepted JW307 and not removed since. */
public record Zorgstop(long id, long berichtId, Stopsleutel sleutel, LocalDate toewijzingIngangsdatum) {

    /** Whether this stop ends (or pauses) that start: same ToewijzingNummer, Product and Begindatum. */
    public boolean beeindigt(Startsleutel start) {
        return sleutel.start().equals(start);
    }
}
