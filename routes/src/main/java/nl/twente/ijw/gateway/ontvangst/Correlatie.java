package nl.twente.ijw.gateway.ontvangst;

import org.slf4j.MDC;

/**
 * The correlation id of one message in the log (MDC): {@code berichtId} (the archive id),
 * {@code identificatie} (the sender's Identificatie) and {@code correlatieId}, both together.
 * Never a BSN or any other client data. Closing removes the keys, so the next message on the
 * same thread starts clean.
 */
public final class Correlatie implements AutoCloseable {

    public static final String BERICHT_ID = "berichtId";
    public static final String IDENTIFICATIE = "identificatie";
    public static final String CORRELATIE_ID = "correlatieId";

    private Correlatie() {
    }

    public static Correlatie open() {
        MDC.remove(BERICHT_ID);
        MDC.remove(IDENTIFICATIE);
        MDC.remove(CORRELATIE_ID);
        return new Correlatie();
    }

    /** Opens the correlation of one archived message with what is known of it. */
    public static Correlatie van(long berichtId, String identificatie) {
        Correlatie c = open();
        c.bericht(berichtId);
        c.identificatie(identificatie);
        return c;
    }

    public void bericht(long berichtId) {
        MDC.put(BERICHT_ID, Long.toString(berichtId));
        MDC.put(CORRELATIE_ID, Long.toString(berichtId));
    }

    public void identificatie(String identificatie) {
        String id = MDC.get(BERICHT_ID);
        if (identificatie == null || id == null) {
            return;
        }
        MDC.put(IDENTIFICATIE, identificatie);
        MDC.put(CORRELATIE_ID, id + "/" + identificatie);
    }

    @Override
    public void close() {
        MDC.remove(BERICHT_ID);
        MDC.remove(IDENTIFICATIE);
        MDC.remove(CORRELATIE_ID);
    }
}
