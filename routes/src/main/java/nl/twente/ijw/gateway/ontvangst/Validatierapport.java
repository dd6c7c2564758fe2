package nl.twente.ijw.gateway.ontvangst;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import nl.twente.ijw.gateway.archief.Uitkomst;
import nl.twente.ijw.gateway.bericht.SchemaFout;
import nl.twente.ijw.gateway.retour.Bevinding;

/**
 * The report the gateway keeps for every input: what was decided and, rule by rule, why —
 * the code given, the element involved and how to fix it. Senders get it at
 * {@code GET /api/berichten/{id}/rapport}, so nobody has to decode bare retourcodes.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Validatierapport(
        long berichtId,
        String berichttype,
        String afzender,
        String ontvanger,
        String identificatie,
        Uitkomst uitkomst,
        List<String> retourcodes,
        List<Bevinding> bevindingen,
        List<SchemaFout> schemafouten,
        String reden,
        Long origineelBerichtId) {

    public static Validatierapport van(Verwerking v) {
        var h = v.header();
        return new Validatierapport(v.berichtId(), v.soort() == null ? null : v.soort().name(),
                h == null ? null : h.afzender(), h == null ? null : h.ontvanger(), h == null ? null : h.identificatie(),
                v.uitkomst(), v.retourcodes(), v.bevindingen(), v.schemafouten(), v.reden(), v.origineelId());
    }
}
