package nl.twente.ijw.gateway.indicatoren;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One cell of the indicator table (indicator contract "Cell JSON"). A suppressed cell has
 * waarde, noemer and oordeel null and onderdrukt true.
 */
@JsonPropertyOrder({"id", "jaar", "gemeente", "aanbieder", "segment", "subsegment", "waarde", "noemer", "basisjaar",
        "basiswaarde", "streefwaarde", "oordeel", "onderdrukt"})
record Cel(String id, int jaar, String gemeente, String aanbieder, String segment, String subsegment, Number waarde,
           Long noemer, Integer basisjaar, Number basiswaarde, String streefwaarde, String oordeel, boolean onderdrukt) {

    static final String OP_KOERS = "on track";
    static final String NIET_OP_KOERS = "off track";
    static final String GEEN_BASIS = "no baseline";
}
