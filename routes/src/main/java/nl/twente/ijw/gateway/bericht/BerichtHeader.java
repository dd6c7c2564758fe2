package nl.twente.ijw.gateway.bericht;

/**
 * The header fields the gateway routes, archives and de-duplicates on. Values are taken
 * as written (strings keep their spaces: " 1" is another Identificatie than "1", TR056).
 */
public record BerichtHeader(
        String berichtCode,
        String afzender,
        String ontvanger,
        String identificatie,
        String dagtekening) {

    public static final BerichtHeader LEEG = new BerichtHeader(null, null, null, null, null);
}
