package nl.twente.ijw.gateway.stand.levering;

import java.time.LocalDate;

/** A start of delivery that counts: sent with status 1 in an accepted JW305 and not removed since. */
public record Zorgstart(long id, long berichtId, Startsleutel sleutel, LocalDate toewijzingIngangsdatum) {
}
