package nl.twente.ijw.it;

import static nl.twente.ijw.it.Referentie.NAMESPACES;
import static nl.twente.ijw.it.Referentie.assertGeldigVolgens;
import static nl.twente.ijw.it.Referentie.uniekeIdentificatie;
import static nl.twente.ijw.it.Referentie.voorbeeld;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xmlunit.assertj3.XmlAssert;

/**
 * The directory channel: a file moved into {@code <data-dir>/inbox} is processed and removed;
 * its retour lands in {@code outbox}, a schema failure or a non-message in {@code error}.
 */
@ExtendWith(GatewayExtension.class)
class MapIT {

    private static final Duration WACHT = Duration.ofSeconds(20);

    private final Gateway gateway;

    MapIT(Gateway gateway) {
        this.gateway = gateway;
    }

    /** Written beside the data dir under a temporary name, then moved in atomically. */
    private Path lever(String naam, byte[] inhoud) throws IOException {
        Path staging = Files.createDirectories(gateway.dataDir.resolveSibling("it-staging"));
        Path tijdelijk = staging.resolve(naam + ".tmp");
        Files.write(tijdelijk, inhoud);
        Files.createDirectories(gateway.inbox());
        return Files.move(tijdelijk, gateway.inbox().resolve(naam), StandardCopyOption.ATOMIC_MOVE);
    }

    /** The inbox file disappears when its exchange is complete (delete=true), outputs written. */
    private void wachtTotVerwerkt(Path inInbox) {
        await("verwerking van " + inInbox.getFileName()).atMost(WACHT).pollInterval(Duration.ofMillis(100))
                .until(() -> !Files.exists(inInbox));
    }

    @Test
    void heenberichtGeeftRetourInOutbox() throws IOException {
        String id = uniekeIdentificatie();
        String naam = "map-jw305-" + id;
        Path inInbox = lever(naam + ".xml", voorbeeld("JW305", id).getBytes(StandardCharsets.UTF_8));

        Path retour = gateway.outbox().resolve(naam + ".retour.xml");
        await("retour " + retour.getFileName()).atMost(WACHT).pollInterval(Duration.ofMillis(100))
                .until(() -> Files.exists(retour));
        wachtTotVerwerkt(inInbox);

        byte[] xml = Files.readAllBytes(retour);
        assertGeldigVolgens("JW306", xml);
        XmlAssert.assertThat(new String(xml, StandardCharsets.UTF_8)).withNamespaceContext(NAMESPACES)
                .valueByXPath("/jw306:Bericht/jw306:Header/jw306:BerichtIdentificatie/ijw:Identificatie").isEqualTo(id);
        assertThat(gateway.inbox()).as("inbox leeg na verwerking").isEmptyDirectory();
        assertThat(gateway.error().resolve(naam + ".xml")).doesNotExist();
    }

    @Test
    void schemafoutNaarErrorMetFoutJson() throws IOException {
        String naam = "map-jw315-" + uniekeIdentificatie();
        byte[] inhoud = voorbeeld("JW315", uniekeIdentificatie()).getBytes(StandardCharsets.UTF_8);
        Path inInbox = lever(naam + ".xml", inhoud);

        Path fout = gateway.error().resolve(naam + ".fout.json");
        Path bestand = gateway.error().resolve(naam + ".xml");
        await("schemafout " + naam).atMost(WACHT).pollInterval(Duration.ofMillis(100))
                .until(() -> Files.exists(fout) && Files.exists(bestand));
        wachtTotVerwerkt(inInbox);

        assertThat(Files.readAllBytes(bestand)).as("het oorspronkelijke bestand").isEqualTo(inhoud);
        JsonNode rapport = Http.json(Files.readString(fout, StandardCharsets.UTF_8));
        assertThat(rapport.path("berichttype").asText()).isEqualTo("JW315");
        assertThat(rapport.path("fouten")).isNotEmpty();
        assertThat(rapport.toString()).contains("2027-06-31");
        assertThat(gateway.outbox().resolve(naam + ".retour.xml")).doesNotExist();
    }

    @Test
    void geenBerichtNaarErrorMetErrorTxt() throws IOException {
        String naam = "map-rommel-" + uniekeIdentificatie();
        byte[] inhoud = "dit is geen xml".getBytes(StandardCharsets.UTF_8);
        Path inInbox = lever(naam + ".xml", inhoud);

        Path reden = gateway.error().resolve(naam + ".error.txt");
        Path bestand = gateway.error().resolve(naam + ".xml");
        await("geen bericht " + naam).atMost(WACHT).pollInterval(Duration.ofMillis(100))
                .until(() -> Files.exists(reden) && Files.exists(bestand));
        wachtTotVerwerkt(inInbox);

        assertThat(Files.readAllBytes(bestand)).as("het oorspronkelijke bestand").isEqualTo(inhoud);
        assertThat(Files.readString(reden, StandardCharsets.UTF_8)).startsWith("Geen welgevormde XML");
        assertThat(gateway.outbox().resolve(naam + ".retour.xml")).doesNotExist();
    }

    @Test
    void ongeldigeUtf8NaarErrorMetErrorTxt() throws IOException {
        String naam = "map-latin1-" + uniekeIdentificatie();
        byte[] inhoud = voorbeeld("JW305", uniekeIdentificatie())
                .replace("<ijw:Voornamen>Tom</ijw:Voornamen>", "<ijw:Voornamen>Tom\u00e9</ijw:Voornamen>")
                .getBytes(StandardCharsets.ISO_8859_1);
        Path inInbox = lever(naam + ".xml", inhoud);

        Path reden = gateway.error().resolve(naam + ".error.txt");
        Path bestand = gateway.error().resolve(naam + ".xml");
        await("geen UTF-8 " + naam).atMost(WACHT).pollInterval(Duration.ofMillis(100))
                .until(() -> Files.exists(reden) && Files.exists(bestand));
        wachtTotVerwerkt(inInbox);

        assertThat(Files.readAllBytes(bestand)).as("het oorspronkelijke bestand").isEqualTo(inhoud);
        assertThat(Files.readString(reden, StandardCharsets.UTF_8).strip()).isEqualTo("De invoer is geen geldige UTF-8.");
        assertThat(gateway.outbox().resolve(naam + ".retour.xml")).doesNotExist();
    }

    @Test
    void leegBestandNaarError() throws IOException {
        String naam = "map-leeg-" + uniekeIdentificatie();
        Path inInbox = lever(naam + ".xml", new byte[0]);

        Path reden = gateway.error().resolve(naam + ".error.txt");
        await("leeg bestand " + naam).atMost(WACHT).pollInterval(Duration.ofMillis(100))
                .until(() -> Files.exists(reden));
        wachtTotVerwerkt(inInbox);
        assertThat(gateway.error().resolve(naam + ".xml")).exists();
    }
}
