package nl.twente.ijw.gateway.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import nl.twente.ijw.gateway.Referentie;
import nl.twente.ijw.gateway.fixtures.TestBericht;
import org.apache.camel.CamelContext;
import org.apache.camel.EndpointInject;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.apache.camel.test.spring.junit5.UseAdviceWith;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Where the JMS channel sends each outcome, with the broker side replaced by mocks: the
 * route under test is the real one, fed through a direct endpoint.
 */
@CamelSpringBootTest
@UseAdviceWith
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "ijw.data-dir=target/test-data/jms", "ijw.broker-port=0", "spring.artemis.embedded.persistent=false"})
class JmsIntakeRouteTest {

    @Autowired
    private CamelContext camel;

    @Autowired
    private ProducerTemplate producer;

    @EndpointInject("mock:jms:queue:ijw.uitgaand")
    private MockEndpoint uitgaand;

    @BeforeEach
    void vervangDeBroker() throws Exception {
        if (camel.getStatus().isStarted()) {
            return;
        }
        AdviceWith.adviceWith(camel, "intake-jms", route -> {
            route.replaceFromWith("direct:jms-in");
            route.mockEndpointsAndSkip("jms:*");
        });
        AdviceWith.adviceWith(camel, "intake-map", route -> route.replaceFromWith("direct:map-in"));
        camel.start();
    }

    @Test
    void zonderJmsReplyToGaatDeRetourNaarDeQueueVanDeAfzender() throws Exception {
        uitgaand.reset();
        uitgaand.expectedMessageCount(1);
        uitgaand.expectedHeaderReceived("CamelJmsDestinationName", "ijw.retour.87654321");

        producer.sendBodyAndHeader("direct:jms-in", TestBericht.jw305().bytes(), "_AMQ_VALIDATED_USER", "afzender-87654321");

        uitgaand.assertIsSatisfied();
        String retour = uitgaand.getExchanges().get(0).getMessage().getBody(String.class);
        assertThat(Referentie.fouten("JW306", retour.getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void eenSchemafoutGaatMetHaarRapportNaarAfgekeurd() throws Exception {
        uitgaand.reset();
        uitgaand.expectedMessageCount(1);
        uitgaand.expectedHeaderReceived("CamelJmsDestinationName", "ijw.berichten.afgekeurd");

        producer.sendBodyAndHeader("direct:jms-in", TestBericht.jw305().zet("Client/Geslacht", "7").bytes(),
                "_AMQ_VALIDATED_USER", "afzender-87654321");

        uitgaand.assertIsSatisfied();
        assertThat(uitgaand.getExchanges().get(0).getMessage().getHeader("IjwFoutrapport", String.class))
                .contains("\"pad\" : \"/Bericht/Client/Geslacht\"");
    }

    @Test
    void geenBerichtGaatMetDeRedenNaarOngeldig() throws Exception {
        uitgaand.reset();
        uitgaand.expectedMessageCount(1);
        uitgaand.expectedHeaderReceived("CamelJmsDestinationName", "ijw.berichten.ongeldig");
        uitgaand.expectedHeaderReceived("IjwReden", "Geen welgevormde XML (regel 1, kolom 1): Content is not allowed in prolog.");

        producer.sendBody("direct:jms-in", "geen xml".getBytes(StandardCharsets.UTF_8));

        uitgaand.assertIsSatisfied();
    }

    @Test
    void eenAndereAfzenderDanDeBrokergebruikerGaatMetDeRedenNaarGeweigerd() throws Exception {
        uitgaand.reset();
        uitgaand.expectedMessageCount(1);
        uitgaand.expectedHeaderReceived("CamelJmsDestinationName", "ijw.berichten.geweigerd");
        uitgaand.expectedHeaderReceived("IjwReden", "Afzender 87654321 is niet de geauthenticeerde afzender 0363.");
        uitgaand.expectedHeaderReceived("IjwUitkomst", "GEWEIGERD");

        producer.sendBodyAndHeader("direct:jms-in", TestBericht.jw305().bytes(), "_AMQ_VALIDATED_USER", "afzender-0363");

        uitgaand.assertIsSatisfied();
    }

    @Test
    void zonderGevalideerdeGebruikerWordtElkBerichtGeweigerd() throws Exception {
        uitgaand.reset();
        uitgaand.expectedMessageCount(1);
        uitgaand.expectedHeaderReceived("CamelJmsDestinationName", "ijw.berichten.geweigerd");
        uitgaand.expectedHeaderReceived("IjwReden",
                "Afzender 87654321 is niet de geauthenticeerde afzender (geen gevalideerde brokergebruiker).");

        producer.sendBody("direct:jms-in", TestBericht.jw305().bytes());

        uitgaand.assertIsSatisfied();
    }

    @Test
    void beheerStuurtNietNamensEenAfzender() throws Exception {
        uitgaand.reset();
        uitgaand.expectedMessageCount(1);
        uitgaand.expectedHeaderReceived("CamelJmsDestinationName", "ijw.berichten.geweigerd");
        uitgaand.expectedHeaderReceived("IjwReden",
                "Afzender 87654321 is niet de geauthenticeerde afzender (brokergebruiker beheer zonder afzender).");

        producer.sendBodyAndHeader("direct:jms-in", TestBericht.jw305().bytes(), "_AMQ_VALIDATED_USER", "beheer");

        uitgaand.assertIsSatisfied();
    }
}
