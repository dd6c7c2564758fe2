package nl.twente.ijw.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.twente.ijw.it.Belasting.Zending;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;

/**
 * Issue 7 §2, crash: a gateway of its own gets a load over HTTP and JMS, is killed with
 * {@code kill -9} in the middle of it and started again. Every message gets its retour (the
 * senders try again, as senders do), every one is in the archive as processed exactly once,
 * is delivered to its addressee exactly once, and the facts equal a rebuild from the archive.
 */
class CrashIT {

    /** Stories over HTTP: each a JW301 and, after its retour, the JW305 that starts it. */
    private static final int HTTP_VERHALEN = 100;
    /** JW301s over JMS, each its own story. */
    private static final int JMS_BERICHTEN = 200;
    /** The kill comes once this many retours are in: the middle of the load. */
    private static final int KILL_NA_RETOURS = 150;
    /** At most this many JMS messages without a retour at a time, so that JMS too is in flight at the kill. */
    private static final int JMS_VENSTER = 10;

    /** Deliveries not yet delivered (open, waiting for a retry, or dead). */
    private static int openAfleveringen(Gateway gateway) throws SQLException {
        try (java.sql.Connection db = gateway.database();
             var s = db.createStatement();
             var rs = s.executeQuery("select count(*) from aflevering where status <> 'AFGELEVERD'")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** The IjwIdentificatie of every message on an addressee's queue, taken off it. */
    private static List<String> afgeleverd(Gateway gateway, String queue) throws JMSException {
        List<String> ids = new ArrayList<>();
        try (ActiveMQConnectionFactory f = gateway.jms("beheer");
             Connection c = f.createConnection()) {
            c.start();
            Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer consumer = s.createConsumer(s.createQueue(queue));
            for (Message m = consumer.receive(3_000); m != null; m = consumer.receive(1_000)) {
                ids.add(m.getStringProperty("IjwIdentificatie"));
            }
        }
        return ids;
    }

    @Test
    void killMinNegenMiddenInDeLast() throws Exception {
        Belasting.Verkeer verkeer = Belasting.Verkeer.van(HTTP_VERHALEN, JMS_BERICHTEN);
        ConcurrentLinkedQueue<Zending[]> verhalen = verkeer.verhalen();
        List<Zending> http = verkeer.http();
        List<Zending> jms = verkeer.jms();
        List<Zending> alle = new ArrayList<>(http);
        alle.addAll(jms);

        // A delivery claimed by the killed instance is tried again after claimduur (2 min by default).
        Gateway gateway = Gateway.eigen("crash", 0, List.of("--ijw.levering.claimduur=10s"));
        ExecutorService afzenders = Executors.newFixedThreadPool(5);
        // The load's own time starts now that the gateway is up; it includes the restart (slow on a busy machine).
        Belasting last = new Belasting(Duration.ofSeconds(200));
        try (Belasting.Jms kanaal = last.new Jms(gateway.brokerUrl(), "ijw.retour." + Verhaal.GEMEENTE, "crash-")) {
            List<Future<?>> klaar = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                klaar.add(afzenders.submit(() -> {
                    for (Zending[] paar = verhalen.poll(); paar != null && !last.voorbij(); paar = verhalen.poll()) {
                        last.postTotRetour(gateway.berichten(), paar[0]);
                        last.postTotRetour(gateway.berichten(), paar[1]);
                    }
                }));
            }
            klaar.add(afzenders.submit(() -> {
                for (int i = 0; i < jms.size() && !last.voorbij(); i++) {
                    while (i - jms.subList(0, i).stream().filter(z -> last.retours.containsKey(z.identificatie())).count()
                            >= JMS_VENSTER && !last.voorbij()) {
                        Belasting.slaap(20);
                    }
                    kanaal.verstuur(jms.get(i));
                }
            }));

            while (last.aantalMetRetour() < KILL_NA_RETOURS && !last.voorbij()) {
                Belasting.slaap(20);
            }
            int voorDeKill = last.aantalMetRetour();
            gateway.doodHard();
            int bijDeKill = last.aantalMetRetour();
            gateway.herstart();

            for (Future<?> f : klaar) {
                f.get(200, TimeUnit.SECONDS);
            }
            kanaal.wachtOpRetours(jms);

            assertThat(voorDeKill).as("de kill viel midden in de last").isBetween(KILL_NA_RETOURS, alle.size() - 50);
            assertThat(last.zonderRetour(alle)).as("berichten zonder retour").isEmpty();
            assertThat(last.verschillendeRetours()).as("een herhaling krijgt het oorspronkelijke retour").isEmpty();
            assertThat(last.retours.values().stream().filter(r -> r.get(0).contains("RetourCode")).count())
                    .as("retours met een RetourCode: elk bericht van de last wordt geaccepteerd").isZero();

            Map<String, int[]> archief = Belasting.archief(gateway, alle);
            long eenmaal = alle.stream().filter(z -> archief.containsKey(z.identificatie())
                    && archief.get(z.identificatie())[0] == 1).count();
            List<String> nietEenmaal = alle.stream().map(Zending::identificatie)
                    .filter(id -> !archief.containsKey(id) || archief.get(id)[0] != 1).toList();
            int herhalingen = archief.values().stream().mapToInt(a -> a[1]).sum();
            long nietGeaccepteerd = archief.values().stream().mapToInt(a -> a[2]).filter(n -> n > 0).count();
            int half = Belasting.halfGeschreven(gateway);

            List<String> feiten = Belasting.trajecten(gateway);
            String herbouw = gateway.commando("rebuild");
            List<String> herbouwd = Belasting.trajecten(gateway);

            // Delivery: every accepted message once to its Ontvanger (JW301 to the provider, JW305 to the municipality).
            while (openAfleveringen(gateway) > 0 && !last.voorbij()) {
                Belasting.slaap(200);
            }
            List<String> aanAanbieder = afgeleverd(gateway, "ijw.aan." + Verhaal.AANBIEDER);
            List<String> aanGemeente = afgeleverd(gateway, "ijw.aan." + Verhaal.GEMEENTE);
            List<String> verwachtAanAanbieder = new ArrayList<>(jms.stream().map(Zending::identificatie).toList());
            List<String> verwachtAanGemeente = new ArrayList<>();
            for (int i = 0; i < http.size(); i += 2) {
                verwachtAanAanbieder.add(http.get(i).identificatie());
                verwachtAanGemeente.add(http.get(i + 1).identificatie());
            }
            long dubbelAfgeleverd = (aanAanbieder.size() - aanAanbieder.stream().distinct().count())
                    + (aanGemeente.size() - aanGemeente.stream().distinct().count());

            System.out.printf("crash: sent %d (HTTP %d, JMS %d), kill -9 after %d retours (%d at death), "
                            + "retours %d (+%d repeated), archived once %d, not once %d, repeats archived %d, "
                            + "resent by clients %d, half-written %d; facts %d trajectories, after rebuild %d, equal %s (%s); "
                            + "delivered to %s %d, to %s %d, twice %d%n",
                    alle.size(), http.size(), jms.size(), voorDeKill, bijDeKill, last.aantalMetRetour(),
                    last.extraRetours(), eenmaal, nietEenmaal.size(), herhalingen, last.opnieuw.get(), half,
                    feiten.size(), herbouwd.size(), feiten.equals(herbouwd), herbouw.strip(),
                    Verhaal.AANBIEDER, aanAanbieder.size(), Verhaal.GEMEENTE, aanGemeente.size(), dubbelAfgeleverd);

            assertThat(nietEenmaal).as("elk bericht precies eenmaal verwerkt in het archief").isEmpty();
            assertThat(eenmaal).isEqualTo(400);
            assertThat(nietGeaccepteerd).as("berichten met een andere uitkomst dan geaccepteerd").isZero();
            assertThat(half).as("half geschreven archiefregels").isZero();
            // One trajectory per toewijzing: 100 over HTTP and 200 over JMS.
            assertThat(feiten).hasSize(300);
            assertThat(herbouwd).as("feiten na rebuild").isEqualTo(feiten);
            assertThat(aanAanbieder).as("afgeleverd aan de aanbieder, elk eenmaal").hasSize(300)
                    .containsExactlyInAnyOrderElementsOf(verwachtAanAanbieder);
            assertThat(aanGemeente).as("afgeleverd aan de gemeente, elk eenmaal").hasSize(100)
                    .containsExactlyInAnyOrderElementsOf(verwachtAanGemeente);
        } catch (AssertionError | Exception e) {
            System.err.println(gateway.staart(80));
            throw e;
        } finally {
            afzenders.shutdownNow();
            gateway.close();
        }
    }
}
