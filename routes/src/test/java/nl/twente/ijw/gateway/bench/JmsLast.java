package nl.twente.ijw.gateway.bench;

import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.stream.Stream;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * Load for the JMS intake (issue 11: "JMS as fast as HTTP"): N senders put every file of a
 * folder once on {@code ijw.berichten.in}, persistent, as the sender {@code afzender-<code>};
 * one consumer takes the retours from {@code ijw.retour.<code>}. The rate counts from the first
 * send to the last retour; the latency of a message from its send to its retour. Prints one
 * line of key=value pairs for ops/bench/run.sh, like {@link HttpLast}. Not a test.
 */
public final class JmsLast {

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("gebruik: JmsLast BROKER_URL MAP AFZENDER_CODE WACHTWOORD [ZENDERS]");
            System.exit(2);
        }
        String url = args[0];
        List<String> berichten = lees(Path.of(args[1]));
        String code = args[2];
        int zenders = args.length > 4 ? Integer.parseInt(args[4]) : 16;
        String prefix = "JL" + System.nanoTime() + "-";
        ActiveMQConnectionFactory fabriek = new ActiveMQConnectionFactory(url, "afzender-" + code, args[3]);
        AtomicLongArray verstuurd = new AtomicLongArray(berichten.size());
        long[] latentie = new long[berichten.size()];
        Arrays.fill(latentie, -1);
        CountDownLatch retours = new CountDownLatch(berichten.size());
        try (Connection ontvangst = fabriek.createConnection()) {
            Session s = ontvangst.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer consumer = s.createConsumer(s.createQueue("ijw.retour." + code),
                    "JMSCorrelationID LIKE '" + prefix + "%'");
            consumer.setMessageListener(m -> {
                try {
                    int i = Integer.parseInt(m.getJMSCorrelationID().substring(prefix.length()));
                    synchronized (latentie) {
                        if (latentie[i] < 0) {
                            latentie[i] = System.nanoTime() - verstuurd.get(i);
                            retours.countDown();
                        }
                    }
                } catch (JMSException | RuntimeException e) {
                    System.err.println("onleesbare retour: " + e);
                }
            });
            ontvangst.start();
            long begin = System.nanoTime();
            AtomicInteger volgende = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(zenders);
            for (int z = 0; z < zenders; z++) {
                pool.execute(() -> zend(fabriek, berichten, prefix, volgende, verstuurd));
            }
            pool.shutdown();
            boolean alles = retours.await(30, TimeUnit.MINUTES);
            long nanos = System.nanoTime() - begin;
            long[] lat = Arrays.stream(latentie).filter(l -> l >= 0).sorted().toArray();
            System.out.printf("modus=jms berichten=%d retours=%d seconden=%.2f per_seconde=%.1f p50_ms=%.2f p99_ms=%.2f compleet=%s%n",
                    berichten.size(), lat.length, nanos / 1e9, lat.length / (nanos / 1e9), HttpLast.pct(lat, 0.50), HttpLast.pct(lat, 0.99), alles);
        }
        System.exit(0);
    }

    private static void zend(ActiveMQConnectionFactory fabriek, List<String> berichten, String prefix, AtomicInteger volgende,
                             AtomicLongArray verstuurd) {
        try (Connection c = fabriek.createConnection()) {
            Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageProducer p = s.createProducer(s.createQueue("ijw.berichten.in"));
            p.setDeliveryMode(DeliveryMode.PERSISTENT);
            String groep = prefix + "zender-" + Thread.currentThread().getId();
            for (int i = volgende.getAndIncrement(); i < berichten.size(); i = volgende.getAndIncrement()) {
                TextMessage m = s.createTextMessage(berichten.get(i));
                m.setJMSCorrelationID(prefix + i);
                // As the README asks of a sender that does not await each retour: its messages in order.
                m.setStringProperty("JMSXGroupID", groep);
                verstuurd.set(i, System.nanoTime());
                p.send(m);
            }
        } catch (JMSException e) {
            System.err.println("zenden mislukt: " + e);
        }
    }

    private static List<String> lees(Path map) throws IOException {
        try (Stream<Path> bestanden = Files.list(map)) {
            List<String> uit = new ArrayList<>();
            for (Path p : bestanden.filter(p -> p.toString().endsWith(".xml")).sorted().toList()) {
                uit.add(Files.readString(p, StandardCharsets.UTF_8));
            }
            return uit;
        }
    }

    private JmsLast() {
    }
}
