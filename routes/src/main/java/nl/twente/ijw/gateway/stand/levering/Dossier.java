package nl.twente.ijw.gateway.stand.levering;

/**
 * Whose starts and stops: one client (keyed pseudonym) at one aanbieder for one gemeente. Every
 * key of a start or stop is unique within its dossier.
 */
public record Dossier(String gemeente, String aanbieder, String client) {
}
