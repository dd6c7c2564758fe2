package nl.twente.ijw.gateway.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import nl.twente.ijw.gateway.fixtures.TestBericht;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.apache.camel.test.spring.junit5.UseAdviceWith;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A full intake answers 503 with Retry-After as problem+json, receives nothing of the refused
 * message, and takes the next one as soon as a place is free. One place here; the route holds
 * the first message until the test lets it go.
 */
@CamelSpringBootTest
@UseAdviceWith
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ijw.data-dir=target/test-data/toelating", "ijw.broker-port=0", "spring.artemis.embedded.persistent=false",
        "ijw.intake.max-gelijktijdig=1", "ijw.intake.wachttijd=0s", "ijw.intake.retry-after=3s"})
class IntaketoelatingTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    private int poort;

    @Autowired
    private CamelContext camel;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void eenVolleIntakeAntwoordt503EnNeemtHetVolgendeBerichtWeerAan() throws Exception {
        CountDownLatch binnen = new CountDownLatch(1);
        CountDownLatch verder = new CountDownLatch(1);
        AdviceWith.adviceWith(camel, "intake-http", route -> route.weaveAddFirst().process(e -> {
            if (binnen.getCount() > 0) {
                binnen.countDown();
                verder.await(30, TimeUnit.SECONDS);
            }
        }));
        camel.start();
        wachtTotGereed();

        TestBericht eerste = TestBericht.jw305();
        CompletableFuture<HttpResponse<String>> vasthouden = HTTP.sendAsync(post(eerste.bytes()),
                HttpResponse.BodyHandlers.ofString());
        assertThat(binnen.await(30, TimeUnit.SECONDS)).as("het eerste bericht bereikt de route").isTrue();

        TestBericht tweede = TestBericht.jw305();
        HttpResponse<String> vol = HTTP.send(post(tweede.bytes()), HttpResponse.BodyHandlers.ofString());
        assertThat(vol.statusCode()).as(vol.body()).isEqualTo(503);
        assertThat(vol.headers().firstValue("Retry-After")).contains("3");
        assertThat(vol.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode probleem = new ObjectMapper().readTree(vol.body());
        assertThat(probleem.path("type").asText()).isEqualTo("urn:ijw-gateway:probleem:intake-vol");
        assertThat(probleem.path("status").asInt()).isEqualTo(503);
        // Refused before it was read: nothing of it is in the archive.
        assertThat(gearchiveerd(tweede)).isZero();

        verder.countDown();
        HttpResponse<String> eersteAntwoord = vasthouden.get(30, TimeUnit.SECONDS);
        assertThat(eersteAntwoord.statusCode()).as(eersteAntwoord.body()).isEqualTo(200);
        assertThat(eersteAntwoord.body()).contains("<jw306:Bericht");
        assertThat(gearchiveerd(eerste)).isEqualTo(1);

        // The place is free again: the refused message, sent once more, is received.
        HttpResponse<String> opnieuw = HTTP.send(post(tweede.bytes()), HttpResponse.BodyHandlers.ofString());
        assertThat(opnieuw.statusCode()).as(opnieuw.body()).isEqualTo(200);
        assertThat(gearchiveerd(tweede)).isEqualTo(1);
    }

    private long gearchiveerd(TestBericht bericht) {
        return jdbc.queryForObject("select count(*) from bericht where sha256 = sha256(?)", Long.class,
                (Object) bericht.bytes());
    }

    private HttpRequest post(byte[] inhoud) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + poort + "/ijw/berichten"))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/xml")
                .header("X-Api-Key", "dev-afzender-87654321").POST(HttpRequest.BodyPublishers.ofByteArray(inhoud)).build();
    }

    /** The gateway answers 503 until it is ready (storingen/NietGereedFilter): wait for that first. */
    private void wachtTotGereed() throws Exception {
        for (int i = 0; i < 240; i++) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + poort
                    + "/actuator/health/readiness")).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 200) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("de gateway werd niet gereed");
    }
}
