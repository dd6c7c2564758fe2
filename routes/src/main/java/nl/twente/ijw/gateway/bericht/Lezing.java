package nl.twente.ijw.gateway.bericht;

import java.util.List;
import org.w3c.dom.Document;

/** What reading an input gives: a message, a message that breaks its schema, or no message at all. */
public sealed interface Lezing {

    /** Not well-formed, not UTF-8, a DTD, or a root of no known message type. */
    record GeenBericht(String reden) implements Lezing {
    }

    /** A known message type that breaks its schema; the header is read as far as it goes. */
    record Schemafout(BerichtSoort soort, BerichtHeader header, List<SchemaFout> fouten) implements Lezing {
    }

    /** A schema-valid message. */
    record Gelezen(BerichtSoort soort, BerichtHeader header, Document document) implements Lezing {
    }
}
