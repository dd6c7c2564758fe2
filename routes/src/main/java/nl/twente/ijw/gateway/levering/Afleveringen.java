package nl.twente.ijw.gateway.levering;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.twente.ijw.gateway.archief.Verzamelschrijver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The delivery table ({@code aflevering}): the outbox of messages due for their addressees and
 * the dead-letter store. Every statement commits on its own; claims use
 * {@code FOR UPDATE SKIP LOCKED}, so any number of instances share the work without taking
 * the same delivery twice.
 */
@Repository
public class Afleveringen {

    public static final String OPEN = "OPEN";
    public static final String AFGELEVERD = "AFGELEVERD";
    public static final String DOOD = "DOOD";
    public static final String AFGESLOTEN = "AFGESLOTEN";

    private static final String PLAN = """
            insert into aflevering (bericht_id, soort, ontvanger, sleutel, status, volgende_poging, aangemaakt_op)
            values (?, ?, ?, ?, 'OPEN', ?, ?) on conflict (ontvanger, sleutel) do nothing""";

    private final JdbcClient jdbc;
    private final Clock klok;
    private final LeveringProperties properties;
    private final Verzamelschrijver verzamel;

    public Afleveringen(JdbcTemplate jdbcTemplate, Clock klok, LeveringProperties properties, Verzamelschrijver verzamel) {
        this.jdbc = JdbcClient.create(jdbcTemplate);
        this.klok = klok;
        this.properties = properties;
        this.verzamel = verzamel;
    }

    /** A dead letter (or any delivery) as operators see it. */
    public record Aflevering(long id, long berichtId, String soort, String ontvanger, String sleutel, String status,
                             int pogingen, Instant volgendePoging, String kanaal, String laatsteFout,
                             Instant aangemaaktOp, Instant afgeleverdOp, Instant doodOp, String berichttype,
                             String afzender, String identificatie, Instant ontvangenOp) {
    }

    /**
     * Plans a delivery in the caller's transaction. Returns false when this addressee already
     * has this message (same key): it is never planned twice.
     */
    public boolean plan(long berichtId, String soort, String ontvanger, String sleutel) {
        Timestamp nu = Timestamp.from(klok.instant());
        return jdbc.sql(PLAN).params(berichtId, soort, ontvanger, sleutel, nu, nu).update() == 1;
    }

    /**
     * As {@link #plan}, sent with the transaction's other collected writes just before its
     * commit ({@link Verzamelschrijver}), for a caller that does not need to know whether the
     * addressee had it already.
     */
    public void planBijCommit(long berichtId, String soort, String ontvanger, String sleutel) {
        Timestamp nu = Timestamp.from(klok.instant());
        verzamel.later(PLAN, berichtId, soort, ontvanger, sleutel, nu, nu);
    }

    /**
     * Claims due deliveries: per addressee only its oldest open one (so an addressee gets its
     * messages in order), at most {@code partij}. The oldest are found per addressee on the index
     * (addressee by addressee, then its first), and only those few are read by id: the cost grows
     * with the number of addressees, not with the backlog or the table (testing every open delivery for an older one took 390 index probes per
     * delivered message in a backlog of HTTP load to one addressee). A claim counts as an attempt and holds the
     * delivery for {@code claimduur}; when the instance dies during the attempt it is due again
     * after that.
     */
    public List<Afleveropdracht> claim() {
        Instant nu = klok.instant();
        return jdbc.sql("""
                        with geclaimd as (
                            update aflevering a set volgende_poging = ?, pogingen = a.pogingen + 1
                            where a.id in (
                                select o.id from aflevering o
                                where o.id = any(array(
                                    with recursive ontvanger(naam) as (
                                        (select ontvanger from aflevering where status = 'OPEN' order by ontvanger limit 1)
                                        union all
                                        select (select e.ontvanger from aflevering e
                                                where e.status = 'OPEN' and e.ontvanger > r.naam order by e.ontvanger limit 1)
                                        from ontvanger r where r.naam is not null)
                                    select oudste.id from ontvanger r
                                    cross join lateral (select e.id from aflevering e
                                                        where e.status = 'OPEN' and e.ontvanger = r.naam
                                                        order by e.id limit 1) oudste))
                                  and o.status = 'OPEN' and o.volgende_poging <= ?
                                order by o.id limit ?
                                for update skip locked)
                            returning a.id, a.bericht_id, a.soort, a.ontvanger, a.sleutel, a.pogingen)
                        select g.id, g.bericht_id, g.soort, g.ontvanger, g.sleutel, g.pogingen,
                               b.berichttype, b.afzender, b.identificatie
                        from geclaimd g join bericht b on b.id = g.bericht_id order by g.id""")
                .params(Timestamp.from(nu.plus(properties.getClaimduur())), Timestamp.from(nu), properties.getPartij())
                .query((rs, n) -> new Afleveropdracht(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getInt(6), rs.getString(7), rs.getString(8), rs.getString(9)))
                .list();
    }

    public void afgeleverd(long id, String kanaal) {
        jdbc.sql("""
                        update aflevering set status = 'AFGELEVERD', afgeleverd_op = ?, kanaal = ?, laatste_fout = null
                        where id = ? and status = 'OPEN'""")
                .params(Timestamp.from(klok.instant()), kanaal, id)
                .update();
    }

    /** A failed attempt: due again after the back-off, or a dead letter after the last attempt. Returns the new status. */
    public String mislukt(long id, int poging, String kanaal, String fout) {
        Instant nu = klok.instant();
        String tekst = fout == null ? "onbekende fout" : fout.length() > 2000 ? fout.substring(0, 2000) : fout;
        if (poging >= properties.getPogingen()) {
            jdbc.sql("""
                            update aflevering set status = 'DOOD', dood_op = ?, kanaal = ?, laatste_fout = ?
                            where id = ? and status = 'OPEN'""")
                    .params(Timestamp.from(nu), kanaal, tekst, id)
                    .update();
            return DOOD;
        }
        jdbc.sql("update aflevering set volgende_poging = ?, kanaal = ?, laatste_fout = ? where id = ? and status = 'OPEN'")
                .params(Timestamp.from(nu.plus(properties.wachttijdNa(poging))), kanaal, tekst, id)
                .update();
        return OPEN;
    }

    /** The dead letters, newest first. */
    public List<Aflevering> dodeBrieven(int limit, int offset) {
        return jdbc.sql(SELECT + " where a.status = 'DOOD' order by a.dood_op desc, a.id desc limit ? offset ?")
                .params(limit, offset)
                .query(Afleveringen::aflevering).list();
    }

    public Optional<Aflevering> aflevering(long id) {
        return jdbc.sql(SELECT + " where a.id = ?").param(id).query(Afleveringen::aflevering).optional();
    }

    public List<Aflevering> vanBericht(long berichtId) {
        return jdbc.sql(SELECT + " where a.bericht_id = ? order by a.id").param(berichtId)
                .query(Afleveringen::aflevering).list();
    }

    /** Puts a dead letter back in the queue with fresh attempts; false when it is no dead letter. */
    public boolean opnieuw(long id) {
        return jdbc.sql("""
                        update aflevering set status = 'OPEN', pogingen = 0, volgende_poging = ?, dood_op = null
                        where id = ? and status = 'DOOD'""")
                .params(Timestamp.from(klok.instant()), id)
                .update() == 1;
    }

    /** An operator gives up a dead letter on purpose (handled outside the gateway); false when it is no dead letter. */
    public boolean sluitAf(long id) {
        return jdbc.sql("update aflevering set status = 'AFGESLOTEN' where id = ? and status = 'DOOD'")
                .param(id)
                .update() == 1;
    }

    public long aantal(String status) {
        return jdbc.sql("select count(*) from aflevering where status = ?").param(status).query(Long.class).single();
    }

    /** When the delivery of this message to this addressee succeeded, if it did. */
    public Optional<Instant> afgeleverdOp(String ontvanger, String sleutel) {
        return jdbc.sql("select afgeleverd_op from aflevering where ontvanger = ? and sleutel = ? and afgeleverd_op is not null")
                .params(ontvanger, sleutel)
                .query((rs, n) -> rs.getTimestamp(1).toInstant())
                .optional();
    }

    private static final String SELECT = """
            select a.id, a.bericht_id, a.soort, a.ontvanger, a.sleutel, a.status, a.pogingen, a.volgende_poging,
                   a.kanaal, a.laatste_fout, a.aangemaakt_op, a.afgeleverd_op, a.dood_op,
                   b.berichttype, b.afzender, b.identificatie, b.ontvangen_op
            from aflevering a join bericht b on b.id = a.bericht_id""";

    private static Aflevering aflevering(ResultSet rs, int n) throws SQLException {
        return new Aflevering(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getInt(7), instant(rs.getTimestamp(8)), rs.getString(9), rs.getString(10),
                instant(rs.getTimestamp(11)), instant(rs.getTimestamp(12)), instant(rs.getTimestamp(13)),
                rs.getString(14), rs.getString(15), rs.getString(16), instant(rs.getTimestamp(17)));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
