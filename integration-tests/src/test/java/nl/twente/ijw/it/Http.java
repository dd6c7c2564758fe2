package nl.twente.ijw.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Posts to {@code /ijw/berichten} and checks what every answer must satisfy. */
final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private Http() {
    }

    static HttpResponse<byte[]> post(Gateway gateway, String xml) {
        return post(gateway, xml.getBytes(StandardCharsets.UTF_8), "application/xml");
    }

    /** Posts as the sender the message names in its Afzender ({@code dev-afzender-<Afzender>}). */
    static HttpResponse<byte[]> post(Gateway gateway, byte[] inhoud, String contentType) {
        return verstuur(HttpRequest.newBuilder(gateway.berichten())
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType)
                .header(API_SLEUTEL, afzenderSleutel(inhoud))
                .POST(HttpRequest.BodyPublishers.ofByteArray(inhoud))
                .build());
    }

    static final String API_SLEUTEL = "X-Api-Key";
    static final String BEHEER = "dev-beheer";
    static final String MONITOR = "dev-monitor";
    private static final Pattern AFZENDER = Pattern.compile("<(?:\\w+:)?Afzender>([^<]{1,20})</");
    private static final Pattern ONTVANGER = Pattern.compile("<(?:\\w+:)?Ontvanger>([^<]{1,20})</");
    private static final Pattern RETOURBERICHT = Pattern.compile("/ijw/3_2/jw3(02|06|08|16|18|20)/schema");

    /**
     * The dev key of the party that sends a message in: its Afzender, or for a retour message
     * (which keeps the heen header, IV028) its Ontvanger; for what names none, the aanbieder of the story.
     */
    static String afzenderSleutel(byte[] inhoud) {
        String tekst = new String(inhoud, StandardCharsets.ISO_8859_1);
        Matcher m = (RETOURBERICHT.matcher(tekst).find() ? ONTVANGER : AFZENDER).matcher(tekst);
        return "dev-afzender-" + (m.find() && m.group(1).matches("[A-Za-z0-9]{1,20}") ? m.group(1) : Verhaal.AANBIEDER);
    }

    /**
     * Sends the request; every response body is checked for leaked internals. A request without
     * an API key gets one that may call its path (intake: the story's aanbieder; else beheer).
     */
    static HttpResponse<byte[]> verstuur(HttpRequest request) {
        if (request.headers().firstValue(API_SLEUTEL).isEmpty()) {
            String sleutel = request.uri().getPath().startsWith("/ijw/") ? "dev-afzender-" + Verhaal.AANBIEDER : BEHEER;
            request = HttpRequest.newBuilder(request, (naam, waarde) -> true).header(API_SLEUTEL, sleutel).build();
        }
        return verstuurZoals(request);
    }

    /** Sends the request exactly as built (also without a key), checking the body for leaked internals. */
    static HttpResponse<byte[]> verstuurZoals(HttpRequest request) {
        HttpResponse<byte[]> antwoord;
        try {
            try {
                antwoord = CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                // A pooled keep-alive connection the server had just closed (after an earlier 413, say):
                // the request never got an answer, so it is sent once more on a fresh connection.
                if (!String.valueOf(e.getMessage()).contains("received no bytes")) {
                    throw e;
                }
                antwoord = CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        assertThat(tekst(antwoord))
                .as("antwoord zonder Java-stacktrace (status %d)", antwoord.statusCode())
                .doesNotContain("at nl.", "Exception", "at org.", "at java.");
        return antwoord;
    }

    static String tekst(HttpResponse<byte[]> antwoord) {
        return new String(antwoord.body(), StandardCharsets.UTF_8);
    }

    static String contentType(HttpResponse<?> antwoord) {
        return antwoord.headers().firstValue("Content-Type").orElse("");
    }

    static JsonNode json(HttpResponse<byte[]> antwoord) {
        return json(tekst(antwoord));
    }

    static JsonNode json(String tekst) {
        try {
            return JSON.readTree(tekst);
        } catch (IOException e) {
            throw new AssertionError("geen JSON: " + tekst, e);
        }
    }

    /** Status, problem+json content type, a title and the same status in the document. */
    static JsonNode assertProbleem(HttpResponse<byte[]> antwoord, int status) {
        assertThat(antwoord.statusCode()).as("status; body: %s", tekst(antwoord)).isEqualTo(status);
        assertThat(contentType(antwoord)).startsWith("application/problem+json");
        JsonNode probleem = json(antwoord);
        assertThat(probleem.path("title").asText()).as("title").isNotBlank();
        assertThat(probleem.path("status").asInt()).as("status in het document").isEqualTo(status);
        return probleem;
    }
}
