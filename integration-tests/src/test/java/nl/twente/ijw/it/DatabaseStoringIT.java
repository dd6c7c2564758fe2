package nl.twente.ijw.it;

import static nl.twente.ijw.it.Referentie.uniekeIdentificatie;
import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.jms.Connection;
import jakarta.jms.QueueBrowser;
import jakarta.jms.Session;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
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
 * Issue 7 §2, database: the gateway on a PostgreSQL of the test's own, which is stopped for
 * 30 s in the middle of a load over HTTP and JMS and then started again on the same data.
 * Meanwhile HTTP answers 503 with Retry-After, the JMS intake pauses (the messages wait on
 * the queue, none goes to the dead-letter queue), nothing is half-written; afterwards the
 * gateway goes on by itself and every message has its retour and is archived once.
 */
class DatabaseStoringIT {

    private static final int HTTP_VERHALEN = 50;
    private static final int JMS_BERICHTEN = 100;
    private static final int STORING_NA_RETOURS = 50;
    private static final Duration STORING = Duration.ofSeconds(30);
    private static final int JMS_VENSTER = 10;

    private static EmbeddedPostgres start(Path data, int poort) {
        try {
            return EmbeddedPostgres.builder()
                    .setDataDirectory(data)
                    .setCleanDataDirectory(false)
                    .setPort(poort)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("max_connections", "50")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void databaseDertigSecondenWeg() throws Exception {
        Belasting.Verkeer verkeer = Belasting.Verkeer.van(HTTP_VERHALEN, JMS_BERICHTEN);
        ConcurrentLinkedQueue<Zending[]> verhalen = verkeer.verhalen();
        List<Zending> http = verkeer.http();
        List<Zending> jms = verkeer.jms();
        String probeId = uniekeIdentificatie();
        Zending probe = new Zending(probeId, "http", Verhaal.nieuw().jw301(probeId));
        List<Zending> alle = new ArrayList<>(http);
        alle.addAll(jms);
        alle.add(probe);

        Path pgData = Gateway.targetDir().resolve("it-db-pg");
        Gateway.verwijder(pgData);
        int pgPoort = Gateway.vrijePoorten(1)[0];
        EmbeddedPostgres[] pg = {start(pgData, pgPoort)};
        Gateway gateway = null;
        ExecutorService afzenders = Executors.newFixedThreadPool(4);
        try {
            gateway = Gateway.eigen("db", pgPoort, List.of(
                    "--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + pgPoort + "/postgres",
                    "--spring.datasource.username=postgres"));
            // The load's own time starts now that the gateway is up.
            Belasting last = new Belasting(Duration.ofSeconds(150));
            Gateway gw = gateway;
            try (Belasting.Jms kanaal = last.new Jms(gw.brokerUrl(), "ijw.retour." + Verhaal.GEMEENTE, "db-")) {
                List<Future<?>> klaar = new ArrayList<>();
                for (int t = 0; t < 3; t++) {
                    klaar.add(afzenders.submit(() -> {
                        for (Zending[] paar = verhalen.poll(); paar != null && !last.voorbij(); paar = verhalen.poll()) {
                            last.postTotRetour(gw.berichten(), paar[0]);
                            last.postTotRetour(gw.berichten(), paar[1]);
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

                while (last.aantalMetRetour() < STORING_NA_RETOURS && !last.voorbij()) {
                    Belasting.slaap(20);
                }
                long weg = System.nanoTime();
                pg[0].close();
                int retoursBijStoring = last.aantalMetRetour();

                // While the database is away: one message by hand, to see the answer itself.
                HttpResponse<String> antwoord = post(gw, probe);
                assertThat(antwoord.statusCode()).as("antwoord zonder database: %s", antwoord.body()).isEqualTo(503);
                assertThat(antwoord.headers().firstValue("Retry-After")).hasValue("30");
                assertThat(antwoord.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
                assertThat(Http.json(antwoord.body()).path("status").asInt()).isEqualTo(503);
                assertThat(antwoord.body()).doesNotContain("Exception", "at org.");
                boolean gepauzeerd = false;
                while (!gepauzeerd && System.nanoTime() - weg < STORING.toNanos()) {
                    gepauzeerd = gepauzeerd(gw) == 1;
                    Belasting.slaap(200);
                }
                int retoursTijdensStoring = last.aantalMetRetour() - retoursBijStoring;
                long rest = STORING.toNanos() - (System.nanoTime() - weg);
                if (rest > 0) {
                    Thread.sleep(TimeUnit.NANOSECONDS.toMillis(rest));
                }
                double wegGeweest = (System.nanoTime() - weg) / 1e9;
                pg[0] = start(pgData, pgPoort);
                long terug = System.nanoTime();

                klaar.add(afzenders.submit(() -> last.postTotRetour(gw.berichten(), probe)));
                for (Future<?> f : klaar) {
                    f.get(150, TimeUnit.SECONDS);
                }
                kanaal.wachtOpRetours(jms);
                long hersteld = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - terug);
                boolean nogGepauzeerd = true;
                while (nogGepauzeerd && !last.voorbij()) {
                    nogGepauzeerd = gepauzeerd(gw) == 1;
                    Belasting.slaap(200);
                }

                Map<String, int[]> archief = Belasting.archief(gw, alle);
                List<String> nietEenmaal = alle.stream().map(Zending::identificatie)
                        .filter(id -> !archief.containsKey(id) || archief.get(id)[0] != 1).toList();
                long nietGeaccepteerd = archief.values().stream().mapToInt(a -> a[2]).filter(n -> n > 0).count();
                int half = Belasting.halfGeschreven(gw);
                int doodeLetters = aantalOp(gw, "ijw.berichten.dlq");

                System.out.printf("database: sent %d (HTTP %d, JMS %d), PostgreSQL away %.1f s after %d retours, "
                                + "retours during the outage %d, 503 answers %d (without Retry-After %d), JMS intake paused %s, "
                                + "retours %d (+%d repeated), archived once %d, not once %d, half-written %d, dead-lettered %d, "
                                + "all answered %d s after the database came back%n",
                        alle.size(), http.size() + 1, jms.size(), wegGeweest, retoursBijStoring, retoursTijdensStoring,
                        last.antwoorden503.get() + 1, last.zonderRetryAfter.get(), gepauzeerd ? "yes" : "no",
                        last.aantalMetRetour(), last.extraRetours(), alle.size() - nietEenmaal.size(), nietEenmaal.size(),
                        half, doodeLetters, hersteld);

                assertThat(gepauzeerd).as("de JMS-intake pauzeerde zonder database").isTrue();
                assertThat(nogGepauzeerd).as("de JMS-intake ging daarna vanzelf verder").isFalse();
                assertThat(last.zonderRetryAfter.get()).as("503 zonder Retry-After").isZero();
                assertThat(last.zonderRetour(alle)).as("berichten zonder retour").isEmpty();
                assertThat(last.verschillendeRetours()).isEmpty();
                assertThat(nietEenmaal).as("elk bericht precies eenmaal verwerkt in het archief").isEmpty();
                assertThat(alle).hasSize(201);
                assertThat(nietGeaccepteerd).isZero();
                assertThat(half).as("half geschreven archiefregels").isZero();
                assertThat(doodeLetters).as("berichten op de dead-letter queue").isZero();
            }
        } catch (AssertionError | Exception e) {
            if (gateway != null) {
                System.err.println(gateway.staart(80));
            }
            throw e;
        } finally {
            afzenders.shutdownNow();
            if (gateway != null) {
                gateway.close();
            }
            pg[0].close();
        }
    }

    private static HttpResponse<String> post(Gateway gateway, Zending z) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(gateway.berichten())
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/xml")
                        .header("X-Api-Key", "dev-afzender-" + Verhaal.GEMEENTE)
                        .POST(HttpRequest.BodyPublishers.ofString(z.xml(), StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The gauge ijw.intake.gepauzeerd: 1 while the JMS and directory intakes wait for the database. */
    private static double gepauzeerd(Gateway gateway) {
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(gateway.uri("/actuator/metrics/ijw.intake.gepauzeerd"))
                            .header("X-Api-Key", "dev-beheer").timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(r.statusCode()).as("metriek: %s", r.body()).isEqualTo(200);
            return Http.json(r.body()).path("measurements").path(0).path("value").asDouble();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int aantalOp(Gateway gateway, String queue) throws Exception {
        try (ActiveMQConnectionFactory f = gateway.jms("beheer");
             Connection c = f.createConnection()) {
            c.start();
            Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
            QueueBrowser browser = s.createBrowser(s.createQueue(queue));
            return Collections.list(browser.getEnumeration()).size();
        }
    }
}
