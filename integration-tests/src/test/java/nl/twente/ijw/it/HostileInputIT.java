package nl.twente.ijw.it;

import static nl.twente.ijw.it.Http.assertProbleem;
import static nl.twente.ijw.it.Http.post;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile input on the HTTP intake (issue 7 §3): every case gets a clear 4xx as problem+json,
 * never a 5xx or a stack trace, and the gateway stays healthy after each.
 */
@ExtendWith(GatewayExtension.class)
class HostileInputIT {

    private static final int KIB = 1024;
    private final Gateway gateway;

    HostileInputIT(Gateway gateway) {
        this.gateway = gateway;
    }

    @BeforeEach
    @AfterEach
    void gezond() {
        HttpResponse<byte[]> health = Http.verstuurZoals(HttpRequest.newBuilder(gateway.uri("/actuator/health"))
                .timeout(Duration.ofSeconds(10)).GET().build());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(Http.tekst(health)).contains("\"UP\"");
    }

    @Test
    void xmlBomGeeft400() {
        String bom = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE lol [
                  <!ENTITY lol "lol">
                  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
                  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
                  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
                  <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
                  <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
                  <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
                  <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
                  <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
                  <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
                ]>
                <lolz>&lol9;</lolz>
                """;
        assertProbleem(post(gateway, bom), 400);
    }

    @Test
    void bomInEenIjwBerichtGeeft400() {
        String jw301 = Verhaal.nieuw().jw301(Referentie.uniekeIdentificatie());
        int root = jw301.indexOf("<jw301:Bericht");
        String bom = jw301.substring(0, root) + "<!DOCTYPE jw301:Bericht [<!ENTITY a \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>" + jw301.substring(root);
        assertProbleem(post(gateway, bom), 400);
    }

    @Test
    void externeEntiteitGeeft400() {
        assertProbleem(post(gateway, "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><a>&x;</a>"), 400);
    }

    @Test
    void diepeNestingGeeft400() {
        int diepte = 100_000;
        String diep = "<a>".repeat(diepte) + "</a>".repeat(diepte);
        assertProbleem(post(gateway, diep), 400);
    }

    @Test
    void diepeNestingInEenIjwBerichtGeeft4xx() {
        String jw301 = Verhaal.nieuw().jw301(Referentie.uniekeIdentificatie());
        int na = jw301.indexOf("</jw301:Header>") + "</jw301:Header>".length();
        String diep = jw301.substring(0, na) + "<x>".repeat(50_000) + "</x>".repeat(50_000) + jw301.substring(na);
        int status = post(gateway, diep).statusCode();
        assertThat(status).isIn(400, 422);
    }

    @Test
    void enormAttribuutGeeft4xx() {
        String jw301 = Verhaal.nieuw().jw301(Referentie.uniekeIdentificatie());
        String groot = jw301.replaceFirst("<jw301:Bericht ", "<jw301:Bericht groot=\"" + "x".repeat(900 * KIB) + "\" ");
        assertThat(post(gateway, groot).statusCode()).isIn(400, 422);
    }

    @Test
    void heelVeelAttributenGeeft4xx() {
        StringBuilder attributen = new StringBuilder();
        for (int i = 0; i < 50_000; i++) {
            attributen.append(" a").append(i).append("=\"\"");
        }
        assertThat(post(gateway, "<a" + attributen + "/>").statusCode()).isEqualTo(400);
    }

    @Test
    void enormeTekstnodeGeeft400() {
        String jw301 = Verhaal.nieuw().jw301(Referentie.uniekeIdentificatie());
        String groot = jw301.replaceFirst("<ijw:Achternaam>", "<ijw:Achternaam>" + "x".repeat(900 * KIB));
        assertThat(groot).contains("x".repeat(900 * KIB));
        // Refused before the schema's patterns (whose time grows with the square of the length) see it.
        assertThat(assertProbleem(post(gateway, groot), 400).path("detail").asText())
                .contains("/Bericht/Client/Naam/Geslachtsnaam/Achternaam", "meer dan 1024 tekens");
    }

    @Test
    void eenTeLangeNaamBinnenDeTekstgrensIsEenSchemafout() {
        String jw301 = Verhaal.nieuw().jw301(Referentie.uniekeIdentificatie());
        assertProbleem(post(gateway, jw301.replaceFirst("<ijw:Achternaam>", "<ijw:Achternaam>" + "x".repeat(1000))), 422);
    }

    @Test
    void enormeTekstBovenDeGrensGeeft413() {
        String jw301 = Verhaal.nieuw().jw301(Referentie.uniekeIdentificatie());
        String groot = jw301.replaceFirst("<ijw:Identificatie>", "<ijw:Identificatie>" + "x".repeat(1100 * KIB));
        assertProbleem(post(gateway, groot), 413);
    }

    @Test
    void latin1Geeft400() {
        String jw301 = Verhaal.nieuw().jw301(Referentie.uniekeIdentificatie()).replaceFirst("<ijw:Achternaam>[^<]*",
                "<ijw:Achternaam>Müller-Ébert");
        assertThat(jw301).contains("Müller-Ébert");
        assertProbleem(post(gateway, jw301.getBytes(StandardCharsets.ISO_8859_1), "application/xml"), 400);
    }

    @Test
    void utf16Geeft400() {
        String jw301 = Verhaal.nieuw().jw301(Referentie.uniekeIdentificatie());
        assertProbleem(post(gateway, jw301.getBytes(StandardCharsets.UTF_16), "application/xml"), 400);
    }

    @Test
    void ongeldigeUtf8ReeksGeeft400() {
        byte[] jw301 = Verhaal.nieuw().jw301(Referentie.uniekeIdentificatie()).getBytes(StandardCharsets.UTF_8);
        byte[] kapot = new byte[jw301.length + 2];
        int plek = jw301.length / 2;
        System.arraycopy(jw301, 0, kapot, 0, plek);
        kapot[plek] = (byte) 0xC3;
        kapot[plek + 1] = (byte) 0x28;
        System.arraycopy(jw301, plek, kapot, plek + 2, jw301.length - plek);
        assertProbleem(post(gateway, kapot, "application/xml"), 400);
    }

    @ParameterizedTest(name = "Content-Type {0} -> 415")
    @ValueSource(strings = {"application/json", "text/plain", "multipart/form-data; boundary=x", "application/octet-stream",
            "application/xml; charset=UTF-16", "text/xml; charset=windows-1252", "kapot/;;;", "*/*"})
    void verkeerdContentTypeGeeft415(String contentType) {
        String jw301 = Verhaal.nieuw().jw301(Referentie.uniekeIdentificatie());
        assertProbleem(post(gateway, jw301.getBytes(StandardCharsets.UTF_8), contentType), 415);
    }

    @Test
    void afgekaptDocumentGeeft400() {
        String jw301 = Verhaal.nieuw().jw301(Referentie.uniekeIdentificatie());
        assertProbleem(post(gateway, jw301.substring(0, jw301.length() / 2)), 400);
    }

    @Test
    void bodyKorterDanContentLengthGeeft400() throws IOException {
        byte[] jw301 = Verhaal.nieuw().jw301(Referentie.uniekeIdentificatie()).getBytes(StandardCharsets.UTF_8);
        try (Socket s = new Socket("127.0.0.1", gateway.httpPort)) {
            s.setSoTimeout(60_000);
            OutputStream uit = s.getOutputStream();
            uit.write(kop(jw301.length + 1000, Http.afzenderSleutel(jw301)));
            uit.write(jw301, 0, jw301.length / 2);
            uit.flush();
            s.shutdownOutput();
            assertThat(statusregel(s.getInputStream())).startsWith("HTTP/1.1 400");
        }
    }

    @Test
    void eenTrageClientHoudtAnderenNietTegenEnKrijgtEen4xx() throws IOException {
        byte[] jw301 = Verhaal.nieuw().jw301(Referentie.uniekeIdentificatie()).getBytes(StandardCharsets.UTF_8);
        try (Socket traag = new Socket("127.0.0.1", gateway.httpPort)) {
            traag.setSoTimeout(120_000);
            OutputStream uit = traag.getOutputStream();
            uit.write(kop(jw301.length, Http.afzenderSleutel(jw301)));
            uit.write(jw301, 0, 100);
            uit.flush();

            // Meanwhile others are served as usual.
            for (int i = 0; i < 3; i++) {
                HttpResponse<byte[]> ander = post(gateway, Verhaal.nieuw().jw301(Referentie.uniekeIdentificatie()));
                assertThat(ander.statusCode()).as(Http.tekst(ander)).isEqualTo(200);
            }

            // Then it stops sending: the connector's read timeout (server.tomcat.connection-timeout) ends it
            // with 408, or closes the connection; never a 5xx.
            String regel;
            try {
                regel = statusregel(traag.getInputStream());
            } catch (SocketTimeoutException e) {
                throw new AssertionError("de gateway hield de trage verbinding langer dan 120 s open", e);
            }
            assertThat(regel).satisfiesAnyOf(r -> assertThat(r).startsWith("HTTP/1.1 408"), r -> assertThat(r).isEmpty());
        }
    }

    private byte[] kop(int lengte, String sleutel) {
        return ("POST /ijw/berichten HTTP/1.1\r\nHost: 127.0.0.1:" + gateway.httpPort + "\r\nContent-Type: application/xml\r\n"
                + "X-Api-Key: " + sleutel + "\r\nContent-Length: " + lengte + "\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** The first line of the answer; "" when the server closed the connection without one. */
    private static String statusregel(InputStream in) throws IOException {
        ByteArrayOutputStream regel = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            regel.write(b);
        }
        return regel.toString(StandardCharsets.US_ASCII).trim();
    }
}
