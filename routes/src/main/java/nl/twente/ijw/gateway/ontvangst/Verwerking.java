package nl.twente.ijw.gateway.ontvangst;

import java.util.List;
import nl.twente.ijw.gateway.archief.Uitkomst;
import nl.twente.ijw.gateway.bericht.BerichtHeader;
import nl.twente.ijw.gateway.bericht.BerichtSoort;
import nl.twente.ijw.gateway.bericht.SchemaFout;
import nl.twente.ijw.gateway.retour.Bevinding;

/**
 * The outcome of receiving one input, for the channel to answer with: the retour (if any),
 * the schema errors (if any) or the reason it is not a message, and the rule findings for the
 * validation report.
 */
public record Verwerking(
        long berichtId,
        Uitkomst uitkomst,
        BerichtSoort soort,
        BerichtHeader header,
        byte[] retour,
        List<String> retourcodes,
        List<SchemaFout> schemafouten,
        String reden,
        List<Bevinding> bevindingen,
        Long origineelId) {

    public boolean heeftRetour() {
        return retour != null;
    }
}
