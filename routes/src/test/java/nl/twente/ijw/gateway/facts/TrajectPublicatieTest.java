package nl.twente.ijw.gateway.facts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import nl.twente.ijw.gateway.archief.Aanlevering;
import nl.twente.ijw.gateway.archief.Uitkomst;
import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.inbound.OntvangstRoute;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Every accepted change of a trajectory goes, after the commit, as JSON onto the topic ijw.trajecten. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "ijw.data-dir=target/test-data/trajecten-topic", "ijw.broker-port=0", "spring.artemis.embedded.persistent=false"})
class TrajectPublicatieTest {

    @Autowired
    ProducerTemplate producer;

    @Autowired
    ConnectionFactory connectionFactory;

    @Autowired
    ObjectMapper json;

    @Test
    void eenToewijzingEnEenStartGevenTweeDocumentenEenAfgekeurdBerichtGeen() throws Exception {
        String bsn = TestBericht.uniekeBsn();
        long nummer = TestBericht.uniekNummer();
        try (Connection verbinding = connectionFactory.createConnection()) {
            Session sessie = verbinding.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer abonnee = sessie.createConsumer(sessie.createTopic(TrajectPublicatie.TOPIC),
                    "ijwToewijzingNummer = " + nummer);
            verbinding.start();

            assertThat(stuur(TrajectTestBasis.toewijzing(bsn, nummer))).isEqualTo(Uitkomst.GEACCEPTEERD);
            assertThat(stuur(TrajectTestBasis.start(bsn, nummer, "2026-03-02"))).isEqualTo(Uitkomst.GEACCEPTEERD);
            // A stop for a start that does not exist: refused, so nothing changed and nothing is published.
            assertThat(stuur(TrajectTestBasis.stop(bsn, nummer, "2026-02-02", "33", "2026-03-31")))
                    .isEqualTo(Uitkomst.AFGEKEURD);

            TextMessage eerste = (TextMessage) abonnee.receive(5000);
            TextMessage tweede = (TextMessage) abonnee.receive(5000);
            assertThat(abonnee.receive(500)).isNull();

            JsonNode toegewezen = json.readTree(eerste.getText());
            assertThat(eerste.getStringProperty("ijwGemeente")).isEqualTo("0153");
            assertThat(toegewezen.get("toewijzing_nummer").asLong()).isEqualTo(nummer);
            assertThat(toegewezen.get("status").asText()).isEqualTo("ALLOCATED");
            assertThat(toegewezen.get("begindatum").isNull()).isTrue();
            JsonNode actief = json.readTree(tweede.getText());
            assertThat(TrajectSchemaTest.schemafouten(toegewezen)).isEmpty();
            assertThat(TrajectSchemaTest.schemafouten(actief)).isEmpty();
            assertThat(actief.get("status").asText()).isEqualTo("ACTIVE");
            assertThat(actief.get("begindatum").asText()).isEqualTo("2026-03-02");
            assertThat(actief.get("wait_days").asInt()).isEqualTo(1);
            assertThat(tweede.getLongProperty("ijwWijziging")).isEqualTo(actief.get("wijziging").asLong())
                    .isGreaterThan(eerste.getLongProperty("ijwWijziging"));
            assertThat(tweede.getText()).doesNotContain(bsn);
        }
    }

    private Uitkomst stuur(TestBericht bericht) {
        return producer.requestBody(OntvangstRoute.ONTVANG, new Aanlevering(bericht.bytes(), "test", null), Verwerking.class)
                .uitkomst();
    }
}
