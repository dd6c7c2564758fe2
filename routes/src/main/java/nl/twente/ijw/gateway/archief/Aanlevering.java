package nl.twente.ijw.gateway.archief;

import nl.twente.ijw.gateway.bericht.Lezing;

/**
 * One input as a channel hands it over: the raw bytes, the channel, where it came from and the
 * sender code the sender proved (HTTP: key or certificate; JMS: the broker user; inbox: its
 * folder); null only for {@code import}, an operator's task trusted as a whole.
 * {@code vooraf} is the reading of these bytes and {@code verzegeld} their archive form, when a
 * channel made them ahead, in parallel (the bulk import, the waiting channels); null otherwise,
 * and then the intake makes them itself.
 */
public record Aanlevering(byte[] inhoud, String kanaal, String bron, String aanleveraar, Lezing vooraf,
                          Verzegeld verzegeld) {

    /** The channel of the bulk import ({@code import}). */
    public static final String IMPORT = "import";

    /** Whether this input came with a bulk import, whose trajectories are derived after its batches. */
    public boolean isImport() {
        return IMPORT.equals(kanaal);
    }

    public Aanlevering {
        inhoud = inhoud == null ? new byte[0] : inhoud;
    }

    public Aanlevering(byte[] inhoud, String kanaal, String bron, String aanleveraar) {
        this(inhoud, kanaal, bron, aanleveraar, null, null);
    }

    public Aanlevering(byte[] inhoud, String kanaal, String bron) {
        this(inhoud, kanaal, bron, null, null, null);
    }

    /** The same input with its reading and its archive form made ahead, by the channel. */
    public Aanlevering metVooraf(Lezing lezing, Verzegeld verzegeld) {
        return new Aanlevering(inhoud, kanaal, bron, aanleveraar, lezing, verzegeld);
    }

    /** The same input, to be read again by the intake (its archive form depends on the bytes only). */
    public Aanlevering zonderVooraf() {
        return new Aanlevering(inhoud, kanaal, bron, aanleveraar, null, verzegeld);
    }
}
