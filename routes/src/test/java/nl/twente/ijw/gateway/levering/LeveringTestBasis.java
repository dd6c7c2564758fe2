package nl.twente.ijw.gateway.levering;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import nl.twente.ijw.gateway.archief.Aanlevering;
import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.inbound.OntvangstRoute;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One gateway for the delivery tests: real database, real embedded broker, the HTTP API on a
 * random port, and the delivery worker's timer off (tests run a round themselves through
 * {@link LeveringRoute#RONDE}, so nothing depends on timing). Three attempts, no back-off.
 * Addressee {@value #MAP_ONTVANGER} gets a directory, {@value #HTTP_ONTVANGER} a small HTTP
 * server in the test; every other addressee the default queue {@code ijw.aan.<code>}.
 */
@CamelSpringBootTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ijw.data-dir=target/test-data/levering", "ijw.broker-port=0", "spring.artemis.embedded.persistent=false",
        "ijw.levering.actief=false", "ijw.levering.pogingen=3", "ijw.levering.eerste-wachttijd=PT0S"})
abstract class LeveringTestBasis {

    static final String MAP_ONTVANGER = "11110001";
    static final String HTTP_ONTVANGER = "11110002";
    static final Path MAP = Path.of("target/test-data/levering-map").toAbsolutePath();
    static final String PRODUCT = "Client/ToegewezenProducten/ToegewezenProduct";

    /** The addressee's HTTP endpoint: answers 503 while {@link #storing} is set, else 200; keeps what it got. */
    static final HttpServer SERVER;
    static final List<Ontvangen> HTTP_ONTVANGEN = new CopyOnWriteArrayList<>();
    static final AtomicInteger STORING = new AtomicInteger();

    record Ontvangen(String idempotencyKey, String identificatie, String berichttype, byte[] inhoud) {
    }

    static {
        try {
            SERVER = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SERVER.createContext("/ijw/in", uitwisseling -> {
            byte[] inhoud = uitwisseling.getRequestBody().readAllBytes();
            boolean storing = STORING.get() > 0;
            if (!storing) {
                HTTP_ONTVANGEN.add(new Ontvangen(uitwisseling.getRequestHeaders().getFirst("Idempotency-Key"),
                        uitwisseling.getRequestHeaders().getFirst("X-Ijw-Identificatie"),
                        uitwisseling.getRequestHeaders().getFirst("X-Ijw-Berichttype"), inhoud));
            }
            byte[] antwoord = (storing ? "onderhoud" : "ok").getBytes();
            uitwisseling.sendResponseHeaders(storing ? 503 : 200, antwoord.length);
            uitwisseling.getResponseBody().write(antwoord);
            uitwisseling.close();
        });
        SERVER.start();
    }

    @DynamicPropertySource
    static void httpKanaal(DynamicPropertyRegistry registry) {
        // A list binds from one property source: the whole table is given here.
        registry.add("ijw.levering.routes[0].ontvanger", () -> MAP_ONTVANGER);
        registry.add("ijw.levering.routes[0].kanaal", () -> "file:target/test-data/levering-map");
        registry.add("ijw.levering.routes[1].ontvanger", () -> HTTP_ONTVANGER);
        registry.add("ijw.levering.routes[1].kanaal", () -> "http://127.0.0.1:" + SERVER.getAddress().getPort() + "/ijw/in");
    }

    @Autowired
    ProducerTemplate producer;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int poort;

    final HttpClient client = HttpClient.newHttpClient();

    /** The database outlives a test run (target/test-data): leftovers of earlier runs must not block an addressee. */
    @BeforeEach
    void ruimVorigeRunsOp() {
        jdbc.update("update aflevering set status = 'AFGESLOTEN' where status in ('OPEN', 'DOOD')");
        STORING.set(0);
    }

    Verwerking ontvang(TestBericht bericht) {
        return ontvang(bericht.bytes());
    }

    Verwerking ontvang(byte[] inhoud) {
        return producer.requestBody(OntvangstRoute.ONTVANG, new Aanlevering(inhoud, "test", null), Verwerking.class);
    }

    void ronde() {
        producer.sendBody(LeveringRoute.RONDE, null);
    }

    /** A toewijzing for a fresh client and number, to this addressee; accepted. */
    static TestBericht toewijzing(String ontvanger) {
        return TestBericht.jw301().zet("Header/Ontvanger", ontvanger).zetOveral("Bsn", TestBericht.uniekeBsn())
                .zet(PRODUCT + "/ToewijzingNummer", TestBericht.uniekNummer());
    }

    /** "status pogingen" of the deliveries of a message, one line per addressee: "11110001 AFGELEVERD 1". */
    List<String> afleveringen(long berichtId) {
        return jdbc.query("select ontvanger, status, pogingen from aflevering where bericht_id = ? order by id",
                (rs, n) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getInt(3), berichtId);
    }

    long afleveringId(long berichtId) {
        return jdbc.queryForObject("select id from aflevering where bericht_id = ?", Long.class, berichtId);
    }

    HttpResponse<String> get(String pad) {
        return stuur(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + poort + pad)).GET());
    }

    HttpResponse<String> post(String pad, String json) {
        return stuur(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + poort + pad))
                .header("Content-Type", "application/json")
                .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpResponse<String> stuur(HttpRequest.Builder verzoek) {
        try {
            return client.send(verzoek.header("X-Api-Key", "dev-beheer").build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
