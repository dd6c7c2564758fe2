package nl.twente.ijw.gateway.beheer;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import nl.twente.ijw.gateway.config.GatewayProperties;
import nl.twente.ijw.gateway.levering.LeveringProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The retention period ({@code ijw.levering.bewaartermijn}): the raw body of a message older
 * than that is purged, and the gateway's retour too when it echoes the message (a retour with
 * retourcodes). Kept whole, whatever their age: a rejected message until an operator marks it
 * handled, and every message whose delivery is open or dead. The archive row (header fields,
 * outcome, report), its search keys and the facts derived from it stay.
 */
@Service
public class Bewaring {

    static final int PARTIJ = 1000;

    private static final Logger LOG = LoggerFactory.getLogger(Bewaring.class);

    private final JdbcClient jdbc;
    private final Clock klok;
    private final LeveringProperties properties;
    private final GatewayProperties gateway;

    public Bewaring(JdbcTemplate jdbcTemplate, Clock klok, LeveringProperties properties, GatewayProperties gateway) {
        this.jdbc = JdbcClient.create(jdbcTemplate);
        this.klok = klok;
        this.properties = properties;
        this.gateway = gateway;
    }

    /** Purges what the retention period allows; returns how many bodies were purged. */
    public int ruimOp() {
        Instant nu = klok.instant();
        Instant grens = ZonedDateTime.ofInstant(nu, gateway.getTijdzone()).minus(properties.getBewaartermijn()).toInstant();
        int totaal = 0;
        int deze;
        do {
            // In parts, so one run never holds many rows locked at once.
            deze = jdbc.sql("""
                            update bericht b set inhoud_gz = null, inhoud_verwijderd_op = ?,
                                   retour_gz = case when coalesce(b.retourcodes, '') = '' then b.retour_gz end
                            where b.id in (
                                select o.id from bericht o
                                where o.ontvangen_op < ? and o.inhoud_gz is not null
                                  and (o.uitkomst in ('GEACCEPTEERD', 'HERHALING', 'ONTVANGEN') or o.afgehandeld_op is not null)
                                  and not exists (select 1 from aflevering a
                                                  where a.bericht_id = o.id and a.status in ('OPEN', 'DOOD'))
                                order by o.id limit ?
                                for update skip locked)""")
                    .params(Timestamp.from(nu), Timestamp.from(grens), PARTIJ)
                    .update();
            totaal += deze;
        } while (deze == PARTIJ);
        if (totaal > 0) {
            LOG.info("bewaartermijn {}: de inhoud van {} berichten van voor {} verwijderd", properties.getBewaartermijn(),
                    totaal, grens);
        }
        return totaal;
    }
}
