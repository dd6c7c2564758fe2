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
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xmlunit.assertj3.XmlAssert;

/**
 * The directory channel: a file moved into its sender's folder {@code <data-dir>/inbox/<code>} is
 * processed and removed; its retour lands in {@code outbox/<code>}, a schema failure, a
 * non-message or another Afzender in {@code error/<code>}. A file directly in the inbox has no
 * known sender and moves unprocessed to {@code error}.
 */
@ExtendWith(GatewayExtension.class)
class MapIT {

    private static final Duration WACHT = Duration.ofSeconds(20);

    private final Gateway gateway;

    MapIT(Gateway gateway) {
        this.gateway = gateway;
    }

    /** Written beside the data dir under a temporary name, then moved atomically into {@code inbox/<afzender>}. */
    private Path lever(String afzender, String naam, byte[] inhoud) throws IOException {
        return leverIn(gateway.inbox(afzender), naam, inhoud);
    }

    private Path leverIn(Path map, String naam, byte[] inhoud) throws IOException {
        Path staging = Files.createDirectories(gateway.dataDir.resolveSibling("it-staging"));
        Path tijdelijk = staging.resolve(naam + ".tmp");
        Files.write(tijdelijk, inhoud);
        Files.createDirectories(map);
        return Files.move(tijdelijk, map.resolve(naam), StandardCopyOption.ATOMIC_MOVE);
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
        // 65656055: the Afzender of the official JW305 example.
        Path inInbox = lever("65656055", naam + ".xml", voorbeeld("JW305", id).getBytes(StandardCharsets.UTF_8));

        Path retour = gateway.outbox().resolve("65656055").resolve(naam + ".retour.xml");
        await("retour " + retour.getFileName()).atMost(WACHT).pollInterval(Duration.ofMillis(100))
                .until(() -> Files.exists(retour));
        wachtTotVerwerkt(inInbox);

        byte[] xml = Files.readAllBytes(retour);
        assertGeldigVolgens("JW306", xml);
        XmlAssert.assertThat(new String(xml, StandardCharsets.UTF_8)).withNamespaceContext(NAMESPACES)
                .valueByXPath("/jw306:Bericht/jw306:Header/jw306:BerichtIdentificatie/ijw:Identificatie").isEqualTo(id);
        assertThat(gateway.inbox("65656055")).as("inbox leeg na verwerking").isEmptyDirectory();
        assertThat(gateway.error().resolve("65656055").resolve(naam + ".xml")).doesNotExist();
    }

    @Test
    void schemafoutNaarErrorMetFoutJson() throws IOException {
        String naam = "map-jw315-" + uniekeIdentificatie();
        byte[] inhoud = voorbeeld("JW315", uniekeIdentificatie()).getBytes(StandardCharsets.UTF_8);
        Path inInbox = lever("42420001", naam + ".xml", inhoud);

        Path fout = gateway.error().resolve("42420001").resolve(naam + ".fout.json");
        Path bestand = gateway.error().resolve("42420001").resolve(naam + ".xml");
        await("schemafout " + naam).atMost(WACHT).pollInterval(Duration.ofMillis(100))
                .until(() -> Files.exists(fout) && Files.exists(bestand));
        wachtTotVerwerkt(inInbox);

        assertThat(Files.readAllBytes(bestand)).as("het oorspronkelijke bestand").isEqualTo(inhoud);
        JsonNode rapport = Http.json(Files.readString(fout, StandardCharsets.UTF_8));
        assertThat(rapport.path("berichttype").asText()).isEqualTo("JW315");
        assertThat(rapport.path("fouten")).isNotEmpty();
        assertThat(rapport.toString()).contains("2027-06-31");
        assertThat(gateway.outbox().resolve("42420001").resolve(naam + ".retour.xml")).doesNotExist();
    }

    @Test
    void geenBerichtNaarErrorMetErrorTxt() throws IOException {
        String naam = "map-rommel-" + uniekeIdentificatie();
        byte[] inhoud = "dit is geen xml".getBytes(StandardCharsets.UTF_8);
        Path inInbox = lever(Verhaal.AANBIEDER, naam + ".xml", inhoud);

        Path reden = gateway.error().resolve(Verhaal.AANBIEDER).resolve(naam + ".error.txt");
        Path bestand = gateway.error().resolve(Verhaal.AANBIEDER).resolve(naam + ".xml");
        await("geen bericht " + naam).atMost(WACHT).pollInterval(Duration.ofMillis(100))
                .until(() -> Files.exists(reden) && Files.exists(bestand));
        wachtTotVerwerkt(inInbox);

        assertThat(Files.readAllBytes(bestand)).as("het oorspronkelijke bestand").isEqualTo(inhoud);
        assertThat(Files.readString(reden, StandardCharsets.UTF_8)).startsWith("Geen welgevormde XML");
        assertThat(gateway.outbox().resolve(Verhaal.AANBIEDER).resolve(naam + ".retour.xml")).doesNotExist();
    }

    @Test
    void ongeldigeUtf8NaarErrorMetErrorTxt() throws IOException {
        String naam = "map-latin1-" + uniekeIdentificatie();
        byte[] inhoud = voorbeeld("JW305", uniekeIdentificatie())
                .replace("<ijw:Voornamen>Tom</ijw:Voornamen>", "<ijw:Voornamen>Tom\u00e9</ijw:Voornamen>")
                .getBytes(StandardCharsets.ISO_8859_1);
        Path inInbox = lever("65656055", naam + ".xml", inhoud);

        Path reden = gateway.error().resolve("65656055").resolve(naam + ".error.txt");
        Path bestand = gateway.error().resolve("65656055").resolve(naam + ".xml");
        await("geen UTF-8 " + naam).atMost(WACHT).pollInterval(Duration.ofMillis(100))
                .until(() -> Files.exists(reden) && Files.exists(bestand));
        wachtTotVerwerkt(inInbox);

        assertThat(Files.readAllBytes(bestand)).as("het oorspronkelijke bestand").isEqualTo(inhoud);
        assertThat(Files.readString(reden, StandardCharsets.UTF_8).strip()).isEqualTo("De invoer is geen geldige UTF-8.");
        assertThat(gateway.outbox().resolve("65656055").resolve(naam + ".retour.xml")).doesNotExist();
    }

    @Test
    void leegBestandNaarError() throws IOException {
        String naam = "map-leeg-" + uniekeIdentificatie();
        Path inInbox = lever(Verhaal.AANBIEDER, naam + ".xml", new byte[0]);

        Path reden = gateway.error().resolve(Verhaal.AANBIEDER).resolve(naam + ".error.txt");
        await("leeg bestand " + naam).atMost(WACHT).pollInterval(Duration.ofMillis(100))
                .until(() -> Files.exists(reden));
        wachtTotVerwerkt(inInbox);
        assertThat(gateway.error().resolve(Verhaal.AANBIEDER).resolve(naam + ".xml")).exists();
    }

    // ---- Issue 12 §3: the sender is the folder ----

    @Test
    void eenAndereAfzenderInDeMapVanEenAfzenderWordtGeweigerd() throws Exception {
        String id = uniekeIdentificatie();
        String naam = "map-ander-" + id;
        byte[] inhoud = voorbeeld("JW305", id).getBytes(StandardCharsets.UTF_8);
        Path inInbox = lever("0363", naam + ".xml", inhoud);

        Path reden = gateway.error().resolve("0363").resolve(naam + ".error.txt");
        Path bestand = gateway.error().resolve("0363").resolve(naam + ".xml");
        await("geweigerd " + naam).atMost(WACHT).pollInterval(Duration.ofMillis(100))
                .until(() -> Files.exists(reden) && Files.exists(bestand));
        wachtTotVerwerkt(inInbox);

        assertThat(Files.readString(reden, StandardCharsets.UTF_8).strip())
                .isEqualTo("Afzender 65656055 is niet de geauthenticeerde afzender 0363.");
        assertThat(Files.readAllBytes(bestand)).as("het oorspronkelijke bestand").isEqualTo(inhoud);
        assertThat(gateway.outbox().resolve("0363").resolve(naam + ".retour.xml")).doesNotExist();
        assertThat(archiefregels(id)).containsExactly("map JW305 GEWEIGERD");
    }

    @Test
    void eenBestandDirectInDeInboxHeeftGeenAfzenderEnWordtNietVerwerkt() throws Exception {
        String id = uniekeIdentificatie();
        String naam = "map-zonder-map-" + id;
        byte[] inhoud = voorbeeld("JW305", id).getBytes(StandardCharsets.UTF_8);
        Path inInbox = leverIn(gateway.inbox(), naam + ".xml", inhoud);

        Path reden = gateway.error().resolve(naam + ".error.txt");
        Path bestand = gateway.error().resolve(naam + ".xml");
        await("zonder afzender " + naam).atMost(WACHT).pollInterval(Duration.ofMillis(100))
                .until(() -> Files.exists(reden) && Files.exists(bestand));
        wachtTotVerwerkt(inInbox);

        assertThat(Files.readString(reden, StandardCharsets.UTF_8).strip()).isEqualTo(
                "Het bestand staat niet in de map van een afzender (inbox/<afzendercode>/), dus de afzender is onbekend. "
                        + "Het is niet verwerkt; zet het in de map van zijn afzender.");
        assertThat(Files.readAllBytes(bestand)).as("het oorspronkelijke bestand").isEqualTo(inhoud);
        assertThat(archiefregels(id)).as("niet gearchiveerd").isEmpty();
    }

    private List<String> archiefregels(String identificatie) throws SQLException {
        List<String> regels = new ArrayList<>();
        try (Connection db = gateway.database();
             PreparedStatement s = db.prepareStatement("select kanaal, berichttype, uitkomst from bericht where identificatie = ?")) {
            s.setString(1, identificatie);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    regels.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
                }
            }
        }
        return regels;
    }
}
