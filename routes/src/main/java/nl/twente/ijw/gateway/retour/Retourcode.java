package nl.twente.ijw.gateway.retour;

/** The retourcodes (WJ001) that the retour mechanism itself places; rules bring their own. */
public final class Retourcode {

    /** Rejected for technical reasons (any in-message rule); the header alone. */
    public static final String TECHNISCH_AFGEKEURD = "0001";
    /** Checked, no remark on this class. */
    public static final String GEEN_OPMERKING = "0200";
    /** Not assessed (a class above it was rejected). */
    public static final String NIET_BEOORDEELD = "0233";
    /** Declaration granted in full (on DeclaratieAntwoord). */
    public static final String DECLARATIE_TOEGEKEND = "8001";
    /** Identificatie already used by this sender for this message type (TR056). */
    public static final String IDENTIFICATIE_NIET_UNIEK = "9056";

    private Retourcode() {
    }
}
