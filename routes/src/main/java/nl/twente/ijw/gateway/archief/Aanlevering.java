package nl.twente.ijw.gateway.archief;

/**
 * One input as a channel hands it over: the raw bytes, the channel, where it came from and the
 * sender code the sender proved (HTTP: key or certificate; JMS: the broker user; inbox: its
 * folder); null only for {@code import}, an operator's task trusted as a whole.
 */
public record Aanlevering(byte[] inhoud, String kanaal, String bron, String aanleveraar) {

    public Aanlevering {
        inhoud = inhoud == null ? new byte[0] : inhoud;
    }

    public Aanlevering(byte[] inhoud, String kanaal, String bron) {
        this(inhoud, kanaal, bron, null);
    }
}
