package nl.twente.ijw.gateway.archief;

import nl.twente.ijw.gateway.bericht.Lezing;

/**
 * One input as a channel hands it over: the raw bytes, the channel, where it came from and,
 * for an authenticated channel (HTTP), the sender code the caller proved; null when the
 * channel is trusted as a whole (JMS behind the broker's login, the local inbox, import).
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

    /** The same input, to be read again by the intake. */
    public Aanlevering zonderVooraf() {
        return new Aanlevering(inhoud, kanaal, bron, aanleveraar, null);
    }
}
