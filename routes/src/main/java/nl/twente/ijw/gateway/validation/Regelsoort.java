package nl.twente.ijw.gateway.validation;

/** The standard's control levels (IV032) of the rules the gateway checks. */
public enum Regelsoort {
    /** Level 2: decided from the message itself (TR of folder xslt, every CS and CD); always 0001. */
    IN_BERICHT,
    /** Level 3: decided against earlier accepted messages (folder berichtoverstijgend). */
    BERICHTOVERSTIJGEND,
    /** Level 4: decided against an external source: clock, CBS list, product list, contract. */
    EXTERN
}
