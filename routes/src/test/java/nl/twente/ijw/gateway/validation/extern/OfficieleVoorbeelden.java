package nl.twente.ijw.gateway.validation.extern;

import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.twente.ijw.gateway.Referentie;
import nl.twente.ijw.gateway.fixtures.TestBericht;

/** The official example messages (../shared/reference), each with a fresh Identificatie so the archive takes it. */
final class OfficieleVoorbeelden {

    /** The schema-valid heen messages among the examples (JW315.xml has an impossible date). */
    static final List<String> HEENBERICHTEN = List.of("JW301", "JW305", "JW307", "JW317", "JW319", "JW323", "JW325");

    private OfficieleVoorbeelden() {
    }

    static String tekst(String naam) {
        String xml = new String(Referentie.voorbeeld(naam), StandardCharsets.UTF_8);
        // The first Identificatie is the message's own (a JW325's second one names the declaration).
        return xml.replaceFirst("<ijw:Identificatie>[^<]*</ijw:Identificatie>",
                "<ijw:Identificatie>" + TestBericht.uniekeIdentificatie() + "</ijw:Identificatie>");
    }

    static byte[] bytes(String naam) {
        return tekst(naam).getBytes(StandardCharsets.UTF_8);
    }
}
