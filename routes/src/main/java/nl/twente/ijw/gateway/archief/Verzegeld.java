package nl.twente.ijw.gateway.archief;

import nl.twente.ijw.gateway.beveiliging.Archiefversleuteling;

/**
 * An input as the archive stores it: its sha256 and its bytes gzipped and encrypted
 * ({@link Archief#verzegel}). It depends on the bytes alone, so a channel makes it ahead, on its
 * own threads, and the intake's judging thread only writes it.
 */
public record Verzegeld(byte[] sha256, Archiefversleuteling.Versleuteld inhoud) {
}
