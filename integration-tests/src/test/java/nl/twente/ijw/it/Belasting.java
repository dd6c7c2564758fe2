package nl.twente.ijw.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * The load of the fault tests, sent the way a sender's system sends: it keeps trying until
 * it has its retour (a lost connection, a 503 or a broker that is away is tried again, the
 * same bytes), and tallies every retour that comes back. Bounded: every wait ends at the
 * deadline given.
 */
final class Belasting {

    /** One message of the load. */
    /**
     * The fault tests' traffic: stories of a JW301 and its JW305 over HTTP (also queued per pair,
     * so a sender can send the start after the toewijzing's retour), and loose JW301s over JMS.
     */
    record Verkeer(ConcurrentLinkedQueue<Zending[]> verhalen, List<Zending> http, List<Zending> jms) {

        static Verkeer van(int verhalen, int jmsBerichten) {
            Verkeer v = new Verkeer(new ConcurrentLinkedQueue<>(), new ArrayList<>(), new ArrayList<>());
            for (int i = 0; i < verhalen; i++) {
                Verhaal verhaal = Verhaal.nieuw();
                String id301 = Referentie.uniekeIdentificatie();
                String id305 = Referentie.uniekeIdentificatie();
                Zending[] paar = {new Zending(id301, "http", verhaal.jw301(id301)), new Zending(id305, "http", verhaal.jw305(id305))};
                v.verhalen.add(paar);
                v.http.addAll(List.of(paar));
            }
            for (int i = 0; i < jmsBerichten; i++) {
                String id = Referentie.uniekeIdentificatie();
                v.jms.add(new Zending(id, "jms", Verhaal.nieuw().jw301(id)));
            }
            return v;
        }
    }

    record Zending(String identificatie, String kanaal, String xml) {
    }

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    /** Identificatie → every retour that came back for it (more than one after a repeat). */
    final Map<String, List<String>> retours = new ConcurrentHashMap<>();
    final AtomicInteger httpVerstuurd = new AtomicInteger();
    final AtomicInteger jmsVerstuurd = new AtomicInteger();
    /** Sends tried again after a failure (connection lost, 503, broker away). */
    final AtomicInteger opnieuw = new AtomicInteger();
    final AtomicInteger antwoorden503 = new AtomicInteger();
    final AtomicInteger zonderRetryAfter = new AtomicInteger();
    private final long deadline;

    Belasting(Duration looptijd) {
        this.deadline = System.nanoTime() + looptijd.toNanos();
    }

    void ontvangen(String identificatie, String retour) {
        retours.computeIfAbsent(identificatie, k -> Collections.synchronizedList(new ArrayList<>())).add(retour);
    }

    int aantalMetRetour() {
        return retours.size();
    }

    int extraRetours() {
        return retours.values().stream().mapToInt(l -> l.size() - 1).sum();
    }

    boolean voorbij() {
        return System.nanoTime() > deadline;
    }

    /** The Identificaties among {@code zendingen} without a retour. */
    List<String> zonderRetour(Collection<Zending> zendingen) {
        return zendingen.stream().map(Zending::identificatie).filter(id -> !retours.containsKey(id)).toList();
    }

    /** The Identificaties whose retours differ from each other (a repeat must get the original retour). */
    List<String> verschillendeRetours() {
        return retours.entrySet().stream().filter(e -> e.getValue().stream().distinct().count() > 1)
                .map(Map.Entry::getKey).toList();
    }

    // ---- HTTP ----

    /** Posts until a 200 with the retour comes back; a 503 must carry Retry-After and problem+json. */
    void postTotRetour(URI doel, Zending z) {
        httpVerstuurd.incrementAndGet();
        HttpRequest verzoek = HttpRequest.newBuilder(doel)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/xml")
                .header("X-Api-Key", "dev-afzender-" + afzender(z.xml()))
                .POST(HttpRequest.BodyPublishers.ofString(z.xml(), StandardCharsets.UTF_8))
                .build();
        boolean eerste = true;
        while (!voorbij()) {
            if (!eerste) {
                opnieuw.incrementAndGet();
            }
            eerste = false;
            try {
                HttpResponse<String> antwoord = HTTP.send(verzoek, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (antwoord.statusCode() == 200) {
                    ontvangen(z.identificatie(), antwoord.body());
                    return;
                }
                assertThat(antwoord.statusCode()).as("antwoord op %s: %s", z.identificatie(), antwoord.body()).isEqualTo(503);
                antwoorden503.incrementAndGet();
                assertThat(antwoord.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
                if (antwoord.headers().firstValue("Retry-After").isEmpty()) {
                    zonderRetryAfter.incrementAndGet();
                }
                assertThat(antwoord.body()).doesNotContain("Exception", "at org.", "at nl.");
                // The gateway says 30 s; the test tries again sooner to stay short.
                slaap(1_000);
            } catch (IOException e) {
                slaap(250); // the gateway is away (killed, restarting)
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static String afzender(String xml) {
        int begin = xml.indexOf(":Afzender>") + ":Afzender>".length();
        return xml.substring(begin, xml.indexOf('<', begin));
    }

    static void slaap(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- JMS ----

    /**
     * Artemis client URL that reconnects by itself to a broker that went away (forever, every
     * 250 ms to 2 s); a blocked call gives up after 10 s and the sender tries again.
     */
    static String herverbindend(String brokerUrl) {
        return brokerUrl + "?reconnectAttempts=-1&retryInterval=250&retryIntervalMultiplier=1.5"
                + "&maxRetryInterval=2000&callTimeout=10000&initialConnectAttempts=-1";
    }

    /**
     * A JMS sender on {@code ijw.berichten.in} and a receiver of retours on one queue, on one
     * reconnecting connection. Each message carries {@code <prefix><Identificatie>} as
     * correlation id and as Artemis duplicate id, so a send repeated after a lost answer is
     * stored by the broker once.
     */
    final class Jms implements AutoCloseable {
        private final ActiveMQConnectionFactory factory;
        private final Connection verbinding;
        private final Session zendSessie;
        private final MessageProducer producent;
        private final Session ontvangSessie;
        private final MessageConsumer ontvanger;
        private final String prefix;
        private final AtomicBoolean stoppen = new AtomicBoolean();
        private final Thread lezer;

        /** Logs in as the sender whose retour queue ({@code ijw.retour.<code>}) it reads: user {@code afzender-<code>}. */
        Jms(String brokerUrl, String retourQueue, String prefix) throws JMSException {
            this.prefix = prefix;
            factory = Gateway.jms(herverbindend(brokerUrl), "afzender-" + retourQueue.substring("ijw.retour.".length()));
            verbinding = factory.createConnection();
            zendSessie = verbinding.createSession(false, Session.AUTO_ACKNOWLEDGE);
            producent = zendSessie.createProducer(zendSessie.createQueue("ijw.berichten.in"));
            ontvangSessie = verbinding.createSession(false, Session.AUTO_ACKNOWLEDGE);
            ontvanger = ontvangSessie.createConsumer(ontvangSessie.createQueue(retourQueue),
                    "JMSCorrelationID LIKE '" + prefix + "%'");
            verbinding.start();
            lezer = new Thread(this::lees, "belasting-jms-ontvanger");
            lezer.setDaemon(true);
            lezer.start();
        }

        private void lees() {
            while (!stoppen.get() && !voorbij()) {
                try {
                    Message m = ontvanger.receive(500);
                    if (m instanceof TextMessage t && m.getJMSCorrelationID() != null) {
                        ontvangen(m.getJMSCorrelationID().substring(prefix.length()), t.getText());
                    }
                } catch (JMSException | RuntimeException e) {
                    slaap(250); // reconnecting
                }
            }
        }

        /** Sends until the broker has taken the message. */
        void verstuur(Zending z) {
            jmsVerstuurd.incrementAndGet();
            boolean eerste = true;
            while (!voorbij()) {
                if (!eerste) {
                    opnieuw.incrementAndGet();
                }
                eerste = false;
                try {
                    TextMessage m = zendSessie.createTextMessage(z.xml());
                    m.setJMSCorrelationID(prefix + z.identificatie());
                    m.setStringProperty("_AMQ_DUPL_ID", prefix + z.identificatie());
                    producent.send(m);
                    return;
                } catch (JMSException | RuntimeException e) {
                    slaap(250);
                }
            }
        }

        /** Waits (bounded) until every one of {@code zendingen} has its retour. */
        void wachtOpRetours(Collection<Zending> zendingen) {
            while (!voorbij() && !zonderRetour(zendingen).isEmpty()) {
                slaap(100);
            }
        }

        @Override
        public void close() {
            stoppen.set(true);
            try {
                lezer.join(5_000);
                verbinding.close();
            } catch (JMSException | InterruptedException e) {
                // closing after the test
            }
            factory.close();
        }
    }

    // ---- the archive ----

    /**
     * Per Identificatie of {@code zendingen}: how often it is in the archive as processed
     * (anything but a repeat) and as a repeat (HERHALING: the same bytes again, answered with
     * the stored retour).
     */
    static Map<String, int[]> archief(Gateway gateway, Collection<Zending> zendingen) throws SQLException {
        Map<String, int[]> tellingen = new HashMap<>();
        try (java.sql.Connection db = gateway.database();
             PreparedStatement s = db.prepareStatement("""
                     select identificatie, count(*) filter (where uitkomst <> 'HERHALING'),
                            count(*) filter (where uitkomst = 'HERHALING'),
                            count(*) filter (where uitkomst not in ('GEACCEPTEERD', 'HERHALING'))
                     from bericht where identificatie = any (?) group by identificatie""")) {
            s.setArray(1, db.createArrayOf("text", zendingen.stream().map(Zending::identificatie).toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    tellingen.put(rs.getString(1), new int[] {rs.getInt(2), rs.getInt(3), rs.getInt(4)});
                }
            }
        }
        return tellingen;
    }

    /** Rows of the archive that were never finished (the placeholder outcome of an input not yet judged). */
    static int halfGeschreven(Gateway gateway) throws SQLException {
        try (java.sql.Connection db = gateway.database();
             var s = db.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from bericht where berichttype is null")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** The facts: every row of the view traject as text, sorted. */
    static List<String> trajecten(Gateway gateway) throws SQLException {
        List<String> rijen = new ArrayList<>();
        try (java.sql.Connection db = gateway.database();
             var s = db.createStatement();
             ResultSet rs = s.executeQuery("select t::text from traject t order by 1")) {
            while (rs.next()) {
                rijen.add(rs.getString(1));
            }
        }
        return rijen;
    }
}
