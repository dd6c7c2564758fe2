package nl.twente.ijw.gateway.facts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.jms.ConnectionFactory;
import java.util.List;
import nl.twente.ijw.gateway.bericht.BerichtSoort;
import nl.twente.ijw.gateway.bericht.Lezing;
import nl.twente.ijw.gateway.retour.Beoordeling;
import nl.twente.ijw.gateway.stand.Vastlegging;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Publishes every trajectory that an accepted JW301, JW305 or JW307 changed on the topic
 * {@code ijw.trajecten}: one JSON document per trajectory (docs/traject.schema.json), with the
 * properties {@code ijwGemeente}, {@code ijwToewijzingNummer} and {@code ijwWijziging}.
 *
 * <p>Sent after the commit, so a subscriber never sees a change that was rolled back, and as
 * the state is then (the latest, whichever message committed last): the trajectories are read
 * anew from the view. The topic is a notification, not the record: when the broker is away
 * the change is logged and not sent, and the intake goes on; {@code GET /api/trajecten}
 * (the cursor) misses nothing.
 */
@Component
@ConditionalOnProperty(name = "ijw.kanalen", havingValue = "true", matchIfMissing = true)
public class TrajectPublicatie implements Vastlegging {

    public static final String TOPIC = "ijw.trajecten";

    private static final Logger LOG = LoggerFactory.getLogger(TrajectPublicatie.class);

    private final JdbcClient jdbc;
    private final TrajectLezer lezer;
    private final ObjectMapper json;
    private final JmsTemplate jms;

    public TrajectPublicatie(JdbcTemplate jdbcTemplate, TrajectLezer lezer, ObjectMapper json,
                             ConnectionFactory connectionFactory) {
        this.jdbc = JdbcClient.create(jdbcTemplate);
        this.lezer = lezer;
        this.json = json;
        this.jms = new JmsTemplate(connectionFactory);
        this.jms.setPubSubDomain(true);
    }

    @Override
    public boolean geldtVoor(BerichtSoort soort) {
        return soort == BerichtSoort.JW301 || soort == BerichtSoort.JW305 || soort == BerichtSoort.JW307;
    }

    @Override
    public void legVast(Lezing.Gelezen bericht, Beoordeling beoordeling, long berichtId) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            publiceer(berichtId);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                publiceer(berichtId);
            }
        });
    }

    /** The trajectories whose state tables got a row of this message, as they are now. */
    void publiceer(long berichtId) {
        try {
            List<Sleutel> sleutels = jdbc.sql("""
                            select gemeente, toewijzingnummer from toewijzing_versie where bericht_id = ?
                            union select gemeente, toewijzingnummer from zorgstart where bericht_id = ? and toewijzingnummer is not null
                            union select gemeente, toewijzingnummer from zorgstop where bericht_id = ? and toewijzingnummer is not null
                            order by 1, 2""")
                    .params(berichtId, berichtId, berichtId)
                    .query((rs, n) -> new Sleutel(rs.getString(1), rs.getLong(2))).list();
            for (Sleutel s : sleutels) {
                lezer.traject(s.gemeente(), s.nummer(), lezer.vandaag()).ifPresent(this::stuur);
            }
        } catch (RuntimeException e) {
            LOG.warn("trajecten van bericht {} niet gepubliceerd op {}: {}", berichtId, TOPIC, e.toString());
        }
    }

    private void stuur(Traject t) {
        String tekst;
        try {
            tekst = json.writeValueAsString(t);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        jms.send(TOPIC, sessie -> {
            var m = sessie.createTextMessage(tekst);
            m.setStringProperty("ijwGemeente", t.gemeente());
            m.setLongProperty("ijwToewijzingNummer", t.toewijzingNummer());
            m.setLongProperty("ijwWijziging", t.wijziging());
            return m;
        });
    }

    private record Sleutel(String gemeente, long nummer) {
    }
}
