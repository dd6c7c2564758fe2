package nl.twente.ijw.gateway.levering;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.springframework.stereotype.Component;

/**
 * Delivers over HTTP: a POST of the message with its stable key as {@code Idempotency-Key}, so
 * an addressee that sees the same key twice (a retry after a lost answer) can keep one copy.
 * Only a 2xx counts as delivered.
 */
@Component
public class HttpAflevering {

    private final HttpClient client;
    private final LeveringProperties properties;

    public HttpAflevering(LeveringProperties properties) {
        this.properties = properties;
        this.client = HttpClient.newBuilder().connectTimeout(properties.getHttpTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public void lever(String adres, Afleveropdracht opdracht, byte[] inhoud) throws IOException, InterruptedException {
        HttpRequest verzoek = HttpRequest.newBuilder(URI.create(adres))
                .timeout(properties.getHttpTimeout())
                .header("Content-Type", "application/xml; charset=UTF-8")
                .header("Idempotency-Key", opdracht.sleutel())
                // A header value must be plain ASCII; the Identificatie may hold any character.
                .header("X-Ijw-Identificatie", Afleverplanning.veilig(opdracht.identificatie()))
                .header("X-Ijw-Berichttype", opdracht.berichttype())
                .header("X-Ijw-Afzender", opdracht.afzender())
                .header("X-Ijw-Ontvanger", opdracht.ontvanger())
                .header("X-Ijw-Bericht-Id", Long.toString(opdracht.berichtId()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(inhoud))
                .build();
        HttpResponse<String> antwoord = client.send(verzoek, HttpResponse.BodyHandlers.ofString());
        if (antwoord.statusCode() / 100 != 2) {
            String tekst = antwoord.body() == null ? "" : antwoord.body().strip();
            throw new IOException("HTTP " + antwoord.statusCode() + " van " + adres
                    + (tekst.isEmpty() ? "" : ": " + (tekst.length() > 200 ? tekst.substring(0, 200) : tekst)));
        }
    }
}
