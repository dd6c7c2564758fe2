package nl.twente.ijw.gateway.archief;

/** One input as a channel hands it over: the raw bytes, the channel and where it came from. */
public record Aanlevering(byte[] inhoud, String kanaal, String bron) {

    public Aanlevering {
        inhoud = inhoud == null ? new byte[0] : inhoud;
    }
}
