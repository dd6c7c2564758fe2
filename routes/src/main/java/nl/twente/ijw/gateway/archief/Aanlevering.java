package nl.twente.ijw.gateway.archief;

/**
 * One input as a channel hands it over: the raw bytes, the channel, where it came from and,
 * for an authenticated channel (HTTP), the sender code the caller proved; null when the
 * channel is trusted as a whole (JMS behind the broker's login, the local inbox, import).
 */
public record Aanlevering(byte[] inhoud, String kanaal, String bron, String aanleveraar) {

    public Aanlevering {
        inhoud = inhoud == null ? new byte[0] : inhoud;
    }

    public Aanlevering(byte[] inhoud, String kanaal, String bron) {
        this(inhoud, kanaal, bron, null);
    }
}
