package nl.twente.ijw.it;

import static nl.twente.ijw.it.Referentie.uniekeIdentificatie;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The trajectory feed against the packaged gateway: a consumer follows
 * {@code GET /api/trajecten?sinds=<cursor>&limit=2} while another thread sends stories over
 * HTTP, and a JMS subscriber listens on the topic {@code ijw.trajecten}.
 *
 * <p>What "every change exactly once" means here. Every accepted message that touches a
 * trajectory is a change, numbered by its archive id (X-Ijw-Bericht-Id). The topic carries each
 * change once, as the state right after it: per story exactly (toewijzing, id of the JW301) and
 * (toewijzing, id of the JW305). The feed gives the latest state of each trajectory since the
 * cursor: a consumer that was not looking between the JW301 and the JW305 of a story sees only
 * the JW305's change. So the feed must hold no pair twice, must end with every story's final
 * change (toewijzing, id of the JW305), and must hold nothing the topic did not carry.
 */
@ExtendWith(GatewayExtension.class)
class FeedIT {

    private static final int VERHALEN = 6;
    private static final Duration MAX_WACHTEN = Duration.ofSeconds(120);

    private record Wijziging(long toewijzing, long wijziging) {
    }

    @Test
    void deVolgerKrijgtElkeWijzigingPreciesEenKeerEnHetTopicDezelfde(Gateway gateway) throws Exception {
        long begin = laatsteBerichtId(gateway);
        Set<Long> nummers = Collections.synchronizedSet(new HashSet<>());
        List<Wijziging> opTopic = Collections.synchronizedList(new ArrayList<>());
        List<Wijziging> inFeed = Collections.synchronizedList(new ArrayList<>());
        Set<Wijziging> verwachtLaatste = Collections.synchronizedSet(new LinkedHashSet<>());
        Set<Wijziging> verwachtTopic = Collections.synchronizedSet(new LinkedHashSet<>());
        AtomicBoolean alles = new AtomicBoolean(false);

        try (ActiveMQConnectionFactory factory = gateway.jms("monitor");
             Connection verbinding = factory.createConnection()) {
            Session sessie = verbinding.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer abonnee = sessie.createConsumer(sessie.createTopic("ijw.trajecten"));
            abonnee.setMessageListener(m -> {
                Wijziging w = wijziging(m);
                if (nummers.contains(w.toewijzing())) {
                    opTopic.add(w);
                }
            });
            verbinding.start();

            // The consumer: follows the cursor until it has the last change of every story.
            CompletableFuture<Void> volger = CompletableFuture.runAsync(() -> {
                String cursor = String.valueOf(begin);
                long einde = System.nanoTime() + MAX_WACHTEN.toNanos();
                while (System.nanoTime() < einde) {
                    JsonNode pagina = pagina(gateway, cursor);
                    for (JsonNode t : pagina.get("trajecten")) {
                        Wijziging w = new Wijziging(t.get("toewijzing_nummer").asLong(), t.get("wijziging").asLong());
                        if (nummers.contains(w.toewijzing())) {
                            inFeed.add(w);
                        }
                    }
                    cursor = pagina.get("volgende").asText();
                    if (alles.get() && new HashSet<>(inFeed).containsAll(verwachtLaatste)) {
                        return;
                    }
                    if (pagina.get("trajecten").isEmpty()) {
                        pauze(200);
                    }
                }
            });

            // The sender: two rounds of stories, the second after the feed's holding-back time
            // (ijw.trajecten.bezinktijd, 5 s), so the consumer is following while messages arrive.
            for (int i = 0; i < VERHALEN; i++) {
                if (i == VERHALEN / 2) {
                    pauze(6000);
                }
                Verhaal verhaal = Verhaal.nieuw();
                long nummer = Long.parseLong(verhaal.toewijzingNummer);
                nummers.add(nummer);
                long toewijzing = stuur(gateway, verhaal.jw301(uniekeIdentificatie()), "dev-afzender-0153");
                long start = stuur(gateway, verhaal.jw305(uniekeIdentificatie()), "dev-afzender-87654321");
                verwachtTopic.add(new Wijziging(nummer, toewijzing));
                verwachtTopic.add(new Wijziging(nummer, start));
                verwachtLaatste.add(new Wijziging(nummer, start));
            }
            alles.set(true);
            volger.get(MAX_WACHTEN.toSeconds() + 10, TimeUnit.SECONDS);

            long einde = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (opTopic.size() < 2 * VERHALEN && System.nanoTime() < einde) {
                pauze(100);
            }
            pauze(500); // a duplicate on the topic would arrive now
            abonnee.close();
        }

        assertThat(verwachtLaatste).hasSize(VERHALEN);
        assertThat(verwachtTopic).hasSize(2 * VERHALEN);
        // Topic: every change once, and nothing else.
        assertThat(opTopic).hasSize(2 * VERHALEN).containsExactlyInAnyOrderElementsOf(verwachtTopic);
        // Feed: no change twice, every story's last change, only changes the topic carried.
        assertThat(inFeed).doesNotHaveDuplicates();
        assertThat(inFeed).containsAll(verwachtLaatste);
        assertThat(verwachtTopic).containsAll(inFeed);
        // Per toewijzing the feed ends with its last change.
        for (Wijziging laatste : verwachtLaatste) {
            List<Wijziging> vanDeze = inFeed.stream().filter(w -> w.toewijzing() == laatste.toewijzing()).toList();
            assertThat(vanDeze.get(vanDeze.size() - 1)).isEqualTo(laatste);
        }
    }

    private static Wijziging wijziging(Message m) {
        try {
            JsonNode t = Http.json(((TextMessage) m).getText());
            assertThat(m.getLongProperty("ijwWijziging")).isEqualTo(t.get("wijziging").asLong());
            return new Wijziging(t.get("toewijzing_nummer").asLong(), t.get("wijziging").asLong());
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Posts a message as its sender and returns its archive id; it must be accepted. */
    static long stuur(Gateway gateway, String xml, String sleutel) {
        HttpResponse<byte[]> antwoord = Http.verstuur(HttpRequest.newBuilder(gateway.berichten())
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/xml")
                .header("X-Api-Key", sleutel)
                .POST(HttpRequest.BodyPublishers.ofString(xml, StandardCharsets.UTF_8))
                .build());
        assertThat(antwoord.statusCode()).as("antwoord: %s", Http.tekst(antwoord)).isEqualTo(200);
        long id = Long.parseLong(antwoord.headers().firstValue("X-Ijw-Bericht-Id").orElseThrow());
        assertThat(gateway.archiefregel(id)).as("archief: %s", Http.tekst(antwoord)).endsWith("GEACCEPTEERD");
        return id;
    }

    private static JsonNode pagina(Gateway gateway, String sinds) {
        HttpResponse<byte[]> antwoord = Http.verstuur(HttpRequest.newBuilder(gateway.uri("/api/trajecten?limit=2&sinds="
                        + URLEncoder.encode(sinds, StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(30))
                .header("X-Api-Key", "dev-monitor")
                .GET().build());
        assertThat(antwoord.statusCode()).as("feed: %s", Http.tekst(antwoord)).isEqualTo(200);
        return Http.json(antwoord);
    }

    static long laatsteBerichtId(Gateway gateway) throws SQLException {
        try (var db = gateway.database(); var s = db.createStatement();
             ResultSet rs = s.executeQuery("select coalesce(max(id), 0) from bericht")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void pauze(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
