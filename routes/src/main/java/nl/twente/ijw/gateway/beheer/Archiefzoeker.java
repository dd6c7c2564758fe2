package nl.twente.ijw.gateway.beheer;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Searches the archive on header fields, search keys and the date of receipt. */
@Repository
public class Archiefzoeker {

    private final JdbcClient jdbc;

    public Archiefzoeker(JdbcTemplate jdbcTemplate) {
        this.jdbc = JdbcClient.create(jdbcTemplate);
    }

    /** What to look for; null fields do not restrict. {@code tot} is exclusive. */
    public record Vraag(String identificatie, Long toewijzingNummer, String afzender, String ontvanger,
                        String client, Instant van, Instant tot, int limit) {
    }

    /** One archived message as the search shows it: no body, no client data. */
    public record Treffer(long id, Instant ontvangenOp, String kanaal, String berichttype, String afzender,
                          String ontvanger, String identificatie, String dagtekening, String uitkomst,
                          String retourcodes, boolean inhoudVerwijderd, Instant afgehandeldOp,
                          List<Levering> afleveringen) {
    }

    /** The delivery of a message to one addressee. */
    public record Levering(long id, String ontvanger, String status, int pogingen, Instant afgeleverdOp) {
    }

    public List<Treffer> zoek(Vraag v) {
        StringBuilder sql = new StringBuilder("""
                select b.id, b.ontvangen_op, b.kanaal, b.berichttype, b.afzender, b.ontvanger, b.identificatie,
                       b.dagtekening, b.uitkomst, b.retourcodes, b.inhoud_gz is null, b.afgehandeld_op
                from bericht b where true""");
        List<Object> params = new ArrayList<>();
        voeg(sql, params, " and b.identificatie = ?", v.identificatie());
        voeg(sql, params, " and b.afzender = ?", v.afzender());
        voeg(sql, params, " and b.ontvanger = ?", v.ontvanger());
        voeg(sql, params, " and exists (select 1 from bericht_kenmerk k where k.bericht_id = b.id and k.soort = 'T' and k.waarde = ?)",
                v.toewijzingNummer() == null ? null : v.toewijzingNummer().toString());
        voeg(sql, params, " and exists (select 1 from bericht_kenmerk k where k.bericht_id = b.id and k.soort = 'C' and k.waarde = ?)",
                v.client());
        voeg(sql, params, " and b.ontvangen_op >= ?", v.van() == null ? null : Timestamp.from(v.van()));
        voeg(sql, params, " and b.ontvangen_op < ?", v.tot() == null ? null : Timestamp.from(v.tot()));
        sql.append(" order by b.id desc limit ?");
        params.add(v.limit());
        List<Treffer> treffers = jdbc.sql(sql.toString()).params(params)
                .query((rs, n) -> new Treffer(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getString(9), rs.getString(10), rs.getBoolean(11),
                        rs.getTimestamp(12) == null ? null : rs.getTimestamp(12).toInstant(), List.of()))
                .list();
        return treffers.stream().map(t -> new Treffer(t.id(), t.ontvangenOp(), t.kanaal(), t.berichttype(), t.afzender(),
                t.ontvanger(), t.identificatie(), t.dagtekening(), t.uitkomst(), t.retourcodes(), t.inhoudVerwijderd(),
                t.afgehandeldOp(), leveringen(t.id()))).toList();
    }

    /** Marks a message handled (a rejected one may then be purged after the retention period); false when unknown. */
    public boolean markeerAfgehandeld(long id, Instant nu) {
        return jdbc.sql("update bericht set afgehandeld_op = coalesce(afgehandeld_op, ?) where id = ?")
                .params(Timestamp.from(nu), id).update() == 1;
    }

    public Instant afgehandeldOp(long id) {
        return jdbc.sql("select afgehandeld_op from bericht where id = ?").param(id)
                .query((rs, n) -> rs.getTimestamp(1).toInstant()).single();
    }

    private List<Levering> leveringen(long berichtId) {
        return jdbc.sql("select id, ontvanger, status, pogingen, afgeleverd_op from aflevering where bericht_id = ? order by id")
                .param(berichtId)
                .query((rs, n) -> new Levering(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant()))
                .list();
    }

    private static void voeg(StringBuilder sql, List<Object> params, String voorwaarde, Object waarde) {
        if (waarde != null) {
            sql.append(voorwaarde);
            params.add(waarde);
        }
    }
}
