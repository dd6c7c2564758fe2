package nl.twente.ijw.gateway.validation.technisch;

import java.util.Optional;
import nl.twente.ijw.gateway.validation.Record;

/**
 * One element of a record class's logical key (the condities file's "Sleutelelement: ja"),
 * read as the schema means it: integers as numbers (000300201 = 300201), dates as dates,
 * strings exactly as written (xs:string keeps its spaces). An absent element is a value too.
 */
record Sleutelveld(String pad, Soort soort) {

    enum Soort { TEKST, GETAL, DATUM }

    static Sleutelveld tekst(String pad) {
        return new Sleutelveld(pad, Soort.TEKST);
    }

    static Sleutelveld getal(String pad) {
        return new Sleutelveld(pad, Soort.GETAL);
    }

    static Sleutelveld datum(String pad) {
        return new Sleutelveld(pad, Soort.DATUM);
    }

    Optional<?> waarde(Record record) {
        return switch (soort) {
            case TEKST -> record.tekstLetterlijk(pad);
            case GETAL -> record.getal(pad);
            case DATUM -> record.datum(pad);
        };
    }

    /** The element's name for an explanation: Product/Code → Code. */
    String naam() {
        return pad.substring(pad.lastIndexOf('/') + 1);
    }
}
