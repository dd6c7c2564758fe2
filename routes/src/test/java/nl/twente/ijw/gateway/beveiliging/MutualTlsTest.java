package nl.twente.ijw.gateway.beveiliging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import nl.twente.ijw.gateway.fixtures.TestBericht;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Mutual TLS on a TLS port with certificates made for this test by the JDK's keytool: the
 * client certificate's CN maps to a sender code; an unmapped or untrusted certificate gets in
 * nowhere, and API keys keep working over TLS.
 */
@CamelSpringBootTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ijw.data-dir=target/test-data/mtls", "ijw.broker-port=0", "spring.artemis.embedded.persistent=false",
        "ijw.beveiliging.certificaten[0].onderwerp=aanbieder-87654321",
        "ijw.beveiliging.certificaten[0].afzender=87654321"})
class MutualTlsTest {

    private static final String WACHTWOORD = "test-wachtwoord";
    private static final Path MAP = Path.of("target/test-data/mtls-certificaten").toAbsolutePath();

    @LocalServerPort
    private int poort;

    @Autowired
    private JdbcTemplate jdbc;

    @DynamicPropertySource
    static void tls(DynamicPropertyRegistry registry) throws Exception {
        maakCertificaten();
        registry.add("server.ssl.enabled", () -> "true");
        registry.add("server.ssl.key-store", () -> MAP.resolve("server.p12").toString());
        registry.add("server.ssl.key-store-password", () -> WACHTWOORD);
        registry.add("server.ssl.key-store-type", () -> "PKCS12");
        registry.add("server.ssl.client-auth", () -> "want");
        registry.add("server.ssl.trust-store", () -> MAP.resolve("server-vertrouwt.p12").toString());
        registry.add("server.ssl.trust-store-password", () -> WACHTWOORD);
        registry.add("server.ssl.trust-store-type", () -> "PKCS12");
    }

    /** The gateway answers 503 until it is ready (storingen/NietGereedFilter); wait for that first. */
    @BeforeEach
    void gereed() throws Exception {
        HttpClient zonder = client(null);
        for (int i = 0; i < 240; i++) {
            if (get(zonder, "/actuator/health/readiness", null).statusCode() == 200) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("de gateway werd niet gereed");
    }

    @Test
    void hetCertificaatIsDeAfzender() throws Exception {
        HttpClient aanbieder = client("aanbieder.p12");
        HttpResponse<String> eigen = post(aanbieder, TestBericht.jw305().zetOveral("Bsn", TestBericht.uniekeBsn()).bytes(), null);
        assertThat(eigen.statusCode()).as(eigen.body()).isEqualTo(200);
        long id = Long.parseLong(eigen.headers().firstValue("X-Ijw-Bericht-Id").orElseThrow());
        assertThat(jdbc.queryForObject("select aanleveraar from bericht where id = ?", String.class, id)).isEqualTo("87654321");

        // The JW301 is the gemeente's: refused, archived as such.
        HttpResponse<String> vanDeGemeente = post(aanbieder, TestBericht.jw301().bytes(), null);
        assertThat(vanDeGemeente.statusCode()).as(vanDeGemeente.body()).isEqualTo(403);
        assertThat(vanDeGemeente.body()).contains("urn:ijw-gateway:probleem:andere-afzender");

        // A sender certificate reads no feed.
        assertThat(get(aanbieder, "/api/trajecten", null).statusCode()).isEqualTo(403);
    }

    @Test
    void eenVertrouwdMaarNietGekoppeldCertificaatKrijgt401() throws Exception {
        HttpResponse<String> antwoord = post(client("ander.p12"), TestBericht.jw305().bytes(), null);
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(401);
        assertThat(antwoord.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    @Test
    void eenOnbekendCertificaatKomtNergensBinnen() throws Exception {
        HttpClient vreemd = client("vreemd.p12");
        // Not signed by anything in the trust store: the handshake fails or the request is refused.
        try {
            int status = post(vreemd, TestBericht.jw305().bytes(), null).statusCode();
            assertThat(status).isEqualTo(401);
        } catch (IOException e) {
            assertThat(e).isInstanceOf(IOException.class);
        }
    }

    @Test
    void zonderCertificaatGeldtDeApiSleutel() throws Exception {
        HttpClient zonder = client(null);
        assertThat(post(zonder, TestBericht.jw305().bytes(), null).statusCode()).isEqualTo(401);
        assertThat(get(zonder, "/api/trajecten", null).statusCode()).isEqualTo(401);
        // Let through by security (what the feed then answers is not this test's concern: in a full
        // run it was once 503 from the storingen handling).
        assertThat(get(zonder, "/api/trajecten", "dev-monitor").statusCode()).isNotIn(401, 403);
        // Health is open to everyone; right after the start it may still say DOWN (503) until the
        // inbox consumer has polled once, which is not a matter of authentication.
        assertThat(get(zonder, "/actuator/health", null).statusCode()).isIn(200, 503);
    }

    /** Issue 12: over TLS the browser session's cookie is Secure (Tomcat sets it), besides HttpOnly and SameSite. */
    @Test
    void deSessiecookieIsSecureOverTls() throws Exception {
        HttpResponse<String> login = client(null).send(HttpRequest.newBuilder(URI.create("https://localhost:" + poort + "/login"))
                .timeout(Duration.ofSeconds(30)).header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(200);
        String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith("IJWSESSIE=").contains("; Secure").contains("; HttpOnly").contains("; SameSite=Lax");
    }

    private HttpResponse<String> post(HttpClient client, byte[] inhoud, String sleutel) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("https://localhost:" + poort + "/ijw/berichten"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofByteArray(inhoud));
        if (sleutel != null) {
            b.header("X-Api-Key", sleutel);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(HttpClient client, String pad, String sleutel) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("https://localhost:" + poort + pad))
                .timeout(Duration.ofSeconds(30)).GET();
        if (sleutel != null) {
            b.header("X-Api-Key", sleutel);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A client that trusts the server's certificate and presents the given key store (or none). */
    private static HttpClient client(String sleutelbestand) throws Exception {
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(laad("client-vertrouwt.p12"));
        SSLContext ssl = SSLContext.getInstance("TLS");
        if (sleutelbestand == null) {
            ssl.init(null, tmf.getTrustManagers(), null);
        } else {
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(laad(sleutelbestand), WACHTWOORD.toCharArray());
            ssl.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
        }
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).sslContext(ssl)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    private static KeyStore laad(String bestand) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(MAP.resolve(bestand))) {
            ks.load(in, WACHTWOORD.toCharArray());
        }
        return ks;
    }

    /**
     * Server key (CN=localhost), two client keys the server trusts (one mapped, one not) and one
     * it does not trust; each trust store holds the other side's certificate.
     */
    private static void maakCertificaten() throws Exception {
        if (Files.exists(MAP)) {
            try (var paden = Files.list(MAP)) {
                for (Path p : paden.toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(MAP);
        sleutelpaar("server.p12", "server", "CN=localhost", "SAN=dns:localhost,ip:127.0.0.1");
        sleutelpaar("aanbieder.p12", "aanbieder", "CN=aanbieder-87654321,O=Zorgaanbieder,C=NL", null);
        sleutelpaar("ander.p12", "ander", "CN=ander-systeem,O=Zorgaanbieder,C=NL", null);
        sleutelpaar("vreemd.p12", "vreemd", "CN=aanbieder-87654321,O=Niemand,C=NL", null);
        exporteer("server.p12", "server", "server.cer");
        exporteer("aanbieder.p12", "aanbieder", "aanbieder.cer");
        exporteer("ander.p12", "ander", "ander.cer");
        importeer("client-vertrouwt.p12", "server", "server.cer");
        importeer("server-vertrouwt.p12", "aanbieder", "aanbieder.cer");
        importeer("server-vertrouwt.p12", "ander", "ander.cer");
    }

    private static void sleutelpaar(String bestand, String alias, String naam, String ext) throws Exception {
        List<String> opdracht = new ArrayList<>(List.of("-genkeypair", "-alias", alias, "-keyalg", "EC", "-groupname",
                "secp256r1", "-dname", naam, "-validity", "2", "-keystore", bestand, "-storetype", "PKCS12",
                "-storepass", WACHTWOORD, "-keypass", WACHTWOORD));
        if (ext != null) {
            opdracht.addAll(List.of("-ext", ext));
        }
        keytool(opdracht);
    }

    private static void exporteer(String bestand, String alias, String cer) throws Exception {
        keytool(List.of("-exportcert", "-alias", alias, "-keystore", bestand, "-storepass", WACHTWOORD, "-file", cer));
    }

    private static void importeer(String bestand, String alias, String cer) throws Exception {
        keytool(List.of("-importcert", "-noprompt", "-alias", alias, "-file", cer, "-keystore", bestand,
                "-storetype", "PKCS12", "-storepass", WACHTWOORD));
    }

    private static void keytool(List<String> argumenten) throws Exception {
        List<String> opdracht = new ArrayList<>();
        opdracht.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        opdracht.addAll(argumenten);
        Process p = new ProcessBuilder(opdracht).directory(MAP.toFile()).redirectErrorStream(true).start();
        String uitvoer = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("keytool " + argumenten + ": " + uitvoer);
        }
    }
}
