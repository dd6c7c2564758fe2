package nl.twente.ijw.gateway.bericht;

/** One schema violation: where it is (line, column, element path) and what is wrong. */
public record SchemaFout(int regel, int kolom, String pad, String melding) {
}
