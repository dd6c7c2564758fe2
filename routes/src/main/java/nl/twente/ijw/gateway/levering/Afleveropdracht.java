package nl.twente.ijw.gateway.levering;

/**
 * One claimed delivery: which archived message goes to which addressee, under which stable
 * key, and which attempt this is (1-based).
 */
public record Afleveropdracht(long id, long berichtId, String soort, String ontvanger, String sleutel, int poging,
                              String berichttype, String afzender, String identificatie) {
}
