package nl.twente.ijw.it;

import static nl.twente.ijw.it.Referentie.uniekeIdentificatie;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Delivery end to end: a toewijzing posted over HTTP reaches the provider's queue
 * {@code ijw.aan.87654321} on the gateway's broker (no routing configured, so the default
 * channel), read by a real JMS client; the provider's JW302 on {@code ijw.berichten.in} is
 * relayed to the municipality's queue {@code ijw.aan.0153}.
 */
@ExtendWith(GatewayExtension.class)
class LeveringIT {

    private static final long ONTVANG_MS = 20_000;

    @Test
    void eenToewijzingBereiktDeAanbiederEnZijnRetourDeGemeente(Gateway gateway) throws Exception {
        Verhaal verhaal = Verhaal.nieuw();
        String id = uniekeIdentificatie();
        String jw301 = verhaal.jw301(id);
        var antwoord = Http.post(gateway, jw301);
        assertThat(antwoord.statusCode()).as(Http.tekst(antwoord)).isEqualTo(200);
        long berichtId = Long.parseLong(antwoord.headers().firstValue("X-Ijw-Bericht-Id").orElseThrow());
        String jw302 = Http.tekst(antwoord);

        // The addressees' queues are read as beheer. The JW302 keeps the heen header (Afzender the
        // gemeente, Ontvanger the provider; IV028), so the provider, its Ontvanger, sends it in.
        try (ActiveMQConnectionFactory factory = gateway.jms("beheer");
             Connection verbinding = factory.createConnection();
             ActiveMQConnectionFactory aanbiederFactory = gateway.jms("afzender-" + Verhaal.AANBIEDER);
             Connection aanbiederVerbinding = aanbiederFactory.createConnection()) {
            Session sessie = verbinding.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer aanbieder = sessie.createConsumer(sessie.createQueue("ijw.aan." + Verhaal.AANBIEDER),
                    "IjwIdentificatie = '" + id + "'");
            MessageConsumer gemeente = sessie.createConsumer(sessie.createQueue("ijw.aan." + Verhaal.GEMEENTE),
                    "IjwIdentificatie = '" + id + "'");
            verbinding.start();

            Message toewijzing = aanbieder.receive(ONTVANG_MS);
            assertThat(toewijzing).as("JW301 op ijw.aan.87654321 binnen %d ms\n%s", ONTVANG_MS, gateway.staart(40))
                    .isInstanceOf(TextMessage.class);
            assertThat(((TextMessage) toewijzing).getText()).isEqualTo(jw301);
            assertThat(toewijzing.getStringProperty("_AMQ_DUPL_ID")).isEqualTo("JW301-0153-" + id);
            assertThat(toewijzing.getStringProperty("IjwBerichttype")).isEqualTo("JW301");
            assertThat(toewijzing.getLongProperty("IjwBerichtId")).isEqualTo(berichtId);

            // The provider answers over the gateway's intake queue with its own JW302 on the toewijzing.
            Session aanbiederSessie = aanbiederVerbinding.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageProducer intake = aanbiederSessie.createProducer(aanbiederSessie.createQueue("ijw.berichten.in"));
            intake.send(aanbiederSessie.createTextMessage(jw302));

            Message retour = gemeente.receive(ONTVANG_MS);
            assertThat(retour).as("JW302 op ijw.aan.0153 binnen %d ms\n%s", ONTVANG_MS, gateway.staart(40))
                    .isInstanceOf(TextMessage.class);
            assertThat(((TextMessage) retour).getText()).isEqualTo(jw302);
            assertThat(retour.getStringProperty("IjwBerichttype")).isEqualTo("JW302");
            assertThat(retour.getStringProperty("_AMQ_DUPL_ID")).isEqualTo("JW302-0153-" + id);
            assertThat(aanbieder.receive(500)).as("one copy for the provider").isNull();
        }
        // The row is marked just after the send that the consumer saw: look again for a short while.
        List<String> verwacht = List.of("87654321 JW301 AFGELEVERD", "0153 JW302 AFGELEVERD");
        List<String> regels = afleveringen(gateway, id);
        for (int i = 0; i < 100 && !regels.equals(verwacht); i++) {
            Thread.sleep(100);
            regels = afleveringen(gateway, id);
        }
        assertThat(regels).isEqualTo(verwacht);

        var zoek = Http.verstuur(HttpRequest.newBuilder(gateway.uri("/api/beheer/berichten?identificatie=" + id))
                .header("X-Api-Key", "dev-beheer").timeout(Duration.ofSeconds(10)).GET().build());
        assertThat(zoek.statusCode()).isEqualTo(200);
        assertThat(Http.json(zoek).get("aantal").asInt()).isEqualTo(2);
        assertThat(new String(zoek.body(), StandardCharsets.UTF_8)).doesNotContain(verhaal.bsn);

        // The log: JSON lines that carry the message's correlation id, and never the client's BSN.
        List<String> log = Files.readAllLines(gateway.log, StandardCharsets.UTF_8);
        assertThat(log).anySatisfy(regel -> assertThat(regel).startsWith("{")
                .contains("\"correlatieId\":\"" + berichtId + "/" + id + "\"")
                .contains("gepland voor aflevering aan 87654321"));
        assertThat(log).noneSatisfy(regel -> assertThat(regel).contains(verhaal.bsn));
    }

    /** "ontvanger berichttype status" of every delivery of the messages with this Identificatie. */
    private static List<String> afleveringen(Gateway gateway, String id) throws SQLException {
        List<String> regels = new ArrayList<>();
        try (var db = gateway.database();
             var s = db.prepareStatement("""
                     select a.ontvanger, b.berichttype, a.status from aflevering a join bericht b on b.id = a.bericht_id
                     where b.identificatie = ? order by a.id""")) {
            s.setString(1, id);
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    regels.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
                }
            }
        }
        return regels;
    }
}
