package nl.twente.ijw.gateway.archief;

import nl.twente.ijw.gateway.bericht.Lezing;

/**
 * One input as a channel hands it over: the raw bytes, the channel, where it came from and the
 * sender code the sender proved (HTTP: key or certificate; JMS: the broker user; inbox: its
 * folder); null only for {@code import}, an operator's task trusted as a whole.
 * {@code vooraf} is the reading of these bytes when a channel did it ahead, in parallel (the
 * bulk import); null otherwise, and then the intake reads them itself.
 */
public record Aanlevering(byte[] inhoud, String kanaal, String bron, String aanleveraar, Lezing vooraf) {

    public Aanlevering {
        inhoud = inhoud == null ? new byte[0] : inhoud;
    }

    public Aanlevering(byte[] inhoud, String kanaal, String bron, String aanleveraar) {
        this(inhoud, kanaal, bron, aanleveraar, null);
    }

    public Aanlevering(byte[] inhoud, String kanaal, String bron) {
        this(inhoud, kanaal, bron, null, null);
    }

    /** The same input with its reading done ahead, by the channel. */
    public Aanlevering metVooraf(Lezing lezing) {
        return new Aanlevering(inhoud, kanaal, bron, aanleveraar, lezing);
    }

    /** The same input, to be read again by the intake. */
    public Aanlevering zonderVooraf() {
        return new Aanlevering(inhoud, kanaal, bron, aanleveraar, null);
    }
}
