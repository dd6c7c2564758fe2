package nl.twente.ijw.gateway.validation.inbericht;

import java.util.Set;
import nl.twente.ijw.gateway.validation.Record;

/**
 * Verwijzer types (COD327) that are care providers with an AGB code: 02 huisarts, 03 jeugdarts,
 * 04 gecertificeerde instelling, 05 medisch specialist. For these CD066/CD067 ask for either the
 * ZorgverlenerCode or the Naam; for the others (01 gemeente, 06 geen, 08 justitie) CD068
 * forbids the ZorgverlenerCode.
 */
final class Verwijzers {

    private static final Set<String> ZORGVERLENERS = Set.of("02", "03", "04", "05");

    private Verwijzers() {
    }

    static boolean isZorgverlener(Record verwijzer) {
        return ZORGVERLENERS.contains(verwijzer.tekst("Type").orElse(""));
    }

    static String type(Record verwijzer) {
        return verwijzer.tekst("Type").orElse("");
    }
}
