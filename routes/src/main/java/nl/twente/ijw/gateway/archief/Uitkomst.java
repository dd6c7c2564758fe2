package nl.twente.ijw.gateway.archief;

/** What became of an input. */
public enum Uitkomst {
    /** A retour without retourcodes (for JW323: every prestatie granted). */
    GEACCEPTEERD,
    /** A retour with retourcodes: the message (or for JW323 part of it) was refused. */
    AFGEKEURD,
    /** The message broke its schema: an error report, no retour. */
    SCHEMAFOUT,
    /** Identificatie already used by this sender with other content: 9056 (TR056). */
    DUPLICAAT,
    /** Byte for byte a message received before: the original retour again. */
    HERHALING,
    /** A retour message or JW325 that arrived: archived and checked, never answered. */
    ONTVANGEN,
    /** Not an iJw message at all. */
    GEEN_BERICHT,
    /**
     * Refused unread (HTTP 403): the authenticated sender sent a message with another Afzender.
     * Kept as evidence; never judged, never counted, never claims its Identificatie.
     */
    GEWEIGERD
}
