package nl.twente.ijw.gateway.beveiliging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import nl.twente.ijw.gateway.archief.Archief;
import nl.twente.ijw.gateway.fixtures.TestBericht;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every guarded endpoint with every role over real HTTP (loopback): who gets in, who gets 401
 * or 403 (as problem+json), and the sender check with its archived refusal.
 */
@CamelSpringBootTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ijw.data-dir=target/test-data/toegang", "ijw.broker-port=0", "spring.artemis.embedded.persistent=false"})
class ToegangTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    private int poort;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private Archief archief;

    /**
     * The gateway answers 503 until it is ready (storingen/NietGereedFilter); wait for that first.
     * The overall health also waits for Camel's consumers, the inbox until its first poll (a
     * second after the start), and one row below expects its 200.
     */
    @BeforeEach
    void gereed() throws Exception {
        for (int i = 0; i < 240; i++) {
            if (get("/actuator/health/readiness", null).statusCode() == 200
                    && get("/actuator/health", null).statusCode() == 200) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("de gateway werd niet gereed");
    }

    /**
     * GET endpoints by role. "ja" = let through (whatever the endpoint answers then, never 401/403),
     * 401 = no or unknown key, 403 = known key without the role. Endpoints of other features
     * (indicatoren, dashboard, beheer) are guarded by path even where they answer 404 here.
     */
    @ParameterizedTest(name = "GET {0} met {1} -> {2}")
    @CsvSource({
            "/api/trajecten,          ,                     401",
            "/api/trajecten,          onbekend-sleutel,     401",
            "/api/trajecten,          dev-afzender-0153,    403",
            "/api/trajecten,          dev-monitor,          200",
            "/api/trajecten,          dev-beheer,           200",
            "/api/indicatoren,        ,                     401",
            "/api/indicatoren,        dev-afzender-0153,    403",
            "/api/indicatoren,        dev-monitor,          ja",
            "/api/indicatoren,        dev-beheer,           ja",
            "/api/indicatoren/x/uitleg, dev-afzender-0153,  403",
            "/api/indicatoren/x/uitleg, dev-monitor,        ja",
            "/dashboard,              ,                     401",
            "/dashboard,              dev-afzender-0153,    403",
            "/dashboard,              dev-monitor,          ja",
            "/dashboard/index.html,   dev-beheer,           ja",
            "/api/beheer/dead-letters, ,                    401",
            "/api/beheer/dead-letters, dev-afzender-0153,   403",
            "/api/beheer/dead-letters, dev-monitor,         403",
            "/api/beheer/dead-letters, dev-beheer,          ja",
            "/api/beheer/zoek,        dev-monitor,          403",
            "/api/beheer/zoek,        dev-beheer,           ja",
            "/actuator/health,        ,                     200",
            "/actuator/health/liveness, ,                   200",
            "/actuator/metrics,       ,                     401",
            "/actuator/metrics,       dev-monitor,          403",
            "/actuator/metrics,       dev-afzender-0153,    403",
            "/actuator/metrics,       dev-beheer,           200",
            "/actuator/prometheus,    dev-monitor,          403",
            "/iets/anders,            ,                     401",
            "/iets/anders,            dev-monitor,          403",
            "/ijw/berichten,          dev-monitor,          403",
    })
    void getPerRol(String pad, String sleutel, String verwacht) throws Exception {
        HttpResponse<String> antwoord = get(pad, sleutel);
        if ("ja".equals(verwacht)) {
            assertThat(antwoord.statusCode()).as("%s met %s: %s", pad, sleutel, antwoord.body()).isNotIn(401, 403);
        } else {
            int status = Integer.parseInt(verwacht);
            assertThat(antwoord.statusCode()).as("%s met %s: %s", pad, sleutel, antwoord.body()).isEqualTo(status);
            if (status >= 400) {
                assertProbleem(antwoord, status);
            }
        }
    }

    @ParameterizedTest(name = "POST /ijw/berichten met {0} -> {1}")
    @CsvSource({
            ",                      401",
            "onbekend-sleutel,      401",
            "dev-afzender-,         401",
            "dev-monitor,           403",
            "dev-beheer,            403",
            "dev-afzender-0153,     200",
    })
    void intakePerRol(String sleutel, int verwacht) throws Exception {
        HttpResponse<String> antwoord = post(TestBericht.jw301().zetOveral("Bsn", TestBericht.uniekeBsn()).bytes(), sleutel, null);
        assertThat(antwoord.statusCode()).as("%s: %s", sleutel, antwoord.body()).isEqualTo(verwacht);
        if (verwacht != 200) {
            assertProbleem(antwoord, verwacht);
        }
    }

    @Test
    void eenAfzenderDieNamensEenAndereStuurtKrijgt403EnHetBerichtWordtGeweigerdGearchiveerd() throws Exception {
        TestBericht jw301 = TestBericht.jw301().zetOveral("Bsn", TestBericht.uniekeBsn());
        // 87654321 is the aanbieder; the JW301 is from gemeente 0153. The spoofed header must not help.
        HttpResponse<String> antwoord = post(jw301.bytes(), "dev-afzender-87654321", "0153");

        JsonNode probleem = assertProbleem(antwoord, 403);
        assertThat(probleem.path("type").asText()).isEqualTo("urn:ijw-gateway:probleem:andere-afzender");
        long id = probleem.path("berichtId").asLong();
        assertThat(jdbc.queryForMap("select uitkomst, afzender, aanleveraar, berichttype from bericht where id = ?", id))
                .containsEntry("uitkomst", "GEWEIGERD").containsEntry("afzender", "0153")
                .containsEntry("aanleveraar", "87654321").containsEntry("berichttype", "JW301");
        // Refused unread: its Identificatie stays free for the real gemeente.
        assertThat(jdbc.queryForObject("select count(*) from bericht_sleutel where identificatie = ?", Integer.class,
                jw301.identificatie())).isZero();
        assertThat(post(jw301.bytes(), "dev-afzender-0153", null).statusCode()).isEqualTo(200);
    }

    @Test
    void eenRetourberichtStuurtDeOntvangerVanDeHeenheaderIn() throws Exception {
        // The JW302 keeps the JW301's header (Afzender 0153, Ontvanger 87654321): the aanbieder sends it.
        HttpResponse<String> toewijzing = post(TestBericht.jw301().zetOveral("Bsn", TestBericht.uniekeBsn()).bytes(),
                "dev-afzender-0153", null);
        assertThat(toewijzing.statusCode()).isEqualTo(200);
        byte[] jw302 = toewijzing.body().getBytes(java.nio.charset.StandardCharsets.UTF_8);

        JsonNode probleem = assertProbleem(post(jw302, "dev-afzender-0153", null), 403);
        assertThat(jdbc.queryForMap("select uitkomst, berichttype from bericht where id = ?", probleem.path("berichtId").asLong()))
                .containsEntry("uitkomst", "GEWEIGERD").containsEntry("berichttype", "JW302");
        assertThat(post(jw302, "dev-afzender-87654321", null).statusCode()).isEqualTo(202);
    }

    @Test
    void eenHeaderZonderAfzenderWordtGeweigerdNietAfgebroken() throws Exception {
        // Found by the fuzz test: a header cut short has no Afzender; that is a refusal, no 500.
        byte[] zonder = TestBericht.jw301().zetOveral("Bsn", TestBericht.uniekeBsn()).verwijder("Header/Afzender").bytes();

        JsonNode probleem = assertProbleem(post(zonder, "dev-afzender-0153", null), 403);
        assertThat(jdbc.queryForMap("select uitkomst from bericht where id = ?", probleem.path("berichtId").asLong()))
                .containsEntry("uitkomst", "GEWEIGERD");
    }

    @Test
    void hetRapportIsVoorDeAfzenderVanDatBerichtEnVoorBeheer() throws Exception {
        HttpResponse<String> antwoord = post(TestBericht.jw301().zetOveral("Bsn", TestBericht.uniekeBsn()).bytes(),
                "dev-afzender-0153", null);
        assertThat(antwoord.statusCode()).isEqualTo(200);
        String rapport = "/api/berichten/" + antwoord.headers().firstValue("X-Ijw-Bericht-Id").orElseThrow() + "/rapport";

        assertThat(get(rapport, "dev-afzender-0153").statusCode()).isEqualTo(200);
        assertThat(get(rapport, "dev-beheer").statusCode()).isEqualTo(200);
        assertProbleem(get(rapport, "dev-afzender-87654321"), 403);
        assertProbleem(get(rapport, "dev-monitor"), 403);
        assertProbleem(get(rapport, null), 401);
        assertProbleem(get("/api/berichten/999999999/rapport", "dev-afzender-0153"), 403);
        assertProbleem(get("/api/berichten/999999999/rapport", "dev-beheer"), 404);
    }

    @Test
    void wieGeenBerichtStuurtMagZijnRapportLezen() throws Exception {
        HttpResponse<String> antwoord = post("<geen-ijw/>".getBytes(StandardCharsets.UTF_8), "dev-afzender-87654321", null);
        assertProbleem(antwoord, 400);
        String id = antwoord.headers().firstValue("X-Ijw-Bericht-Id").orElseThrow();
        assertThat(get("/api/berichten/" + id + "/rapport", "dev-afzender-87654321").statusCode()).isEqualTo(200);
        assertProbleem(get("/api/berichten/" + id + "/rapport", "dev-afzender-0153"), 403);
    }

    @Test
    void hetArchiefBewaartInhoudEnRetourVersleuteld() throws Exception {
        String bsn = TestBericht.uniekeBsn();
        TestBericht jw301 = TestBericht.jw301().zetOveral("Bsn", bsn);
        HttpResponse<String> antwoord = post(jw301.bytes(), "dev-afzender-0153", null);
        assertThat(antwoord.statusCode()).isEqualTo(200);
        long id = Long.parseLong(antwoord.headers().firstValue("X-Ijw-Bericht-Id").orElseThrow());

        var rij = jdbc.queryForMap("select sleutel_id, inhoud_gz, retour_gz from bericht where id = ?", id);
        assertThat(rij.get("sleutel_id")).isEqualTo("dev-voorbeeld");
        for (String kolom : new String[] {"inhoud_gz", "retour_gz"}) {
            byte[] opgeslagen = (byte[]) rij.get(kolom);
            // No gzip header (1f 8b) in front: what is stored is ciphertext, not the compressed message.
            assertThat(opgeslagen[0] == (byte) 0x1f && opgeslagen[1] == (byte) 0x8b).as(kolom).isFalse();
            assertThat(new String(opgeslagen, StandardCharsets.ISO_8859_1)).as(kolom).doesNotContain(bsn);
        }
        assertThat(archief.inhoud(id)).hasValue(jw301.bytes());
        assertThat(new String(archief.retour(id).orElseThrow(), StandardCharsets.UTF_8)).contains(bsn);
    }

    private HttpResponse<String> get(String pad, String sleutel) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + poort + pad.trim()))
                .timeout(Duration.ofSeconds(30)).GET();
        if (sleutel != null) {
            b.header("X-Api-Key", sleutel.trim());
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(byte[] inhoud, String sleutel, String vervalsteAfzender) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + poort + "/ijw/berichten"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofByteArray(inhoud));
        if (sleutel != null) {
            b.header("X-Api-Key", sleutel.trim());
        }
        if (vervalsteAfzender != null) {
            b.header("IjwGeauthenticeerdeAfzender", vervalsteAfzender);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode assertProbleem(HttpResponse<String> antwoord, int status) throws Exception {
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(status);
        assertThat(antwoord.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode p = JSON.readTree(antwoord.body());
        assertThat(p.path("status").asInt()).isEqualTo(status);
        assertThat(p.path("title").asText()).isNotBlank();
        return p;
    }
}
