package nl.twente.ijw.it;

import static nl.twente.ijw.it.Referentie.NAMESPACES;
import static nl.twente.ijw.it.Referentie.assertGeldigVolgens;
import static nl.twente.ijw.it.Referentie.uniekeIdentificatie;
import static nl.twente.ijw.it.Referentie.voorbeeld;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import jakarta.jms.TemporaryQueue;
import jakarta.jms.TextMessage;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xmlunit.assertj3.XmlAssert;

/**
 * The queue {@code ijw.berichten.in} on the gateway's embedded Artemis broker. Every receive
 * uses a selector on our own correlation id, so tests never see each other's messages.
 */
@ExtendWith(GatewayExtension.class)
class JmsIT {

    private static final long ONTVANG_MS = 10_000;

    private static ActiveMQConnectionFactory factory;
    private static Connection verbinding;
    private Session sessie;
    private MessageProducer producent;

    @BeforeAll
    static void verbind(Gateway gateway) throws JMSException {
        factory = new ActiveMQConnectionFactory(gateway.brokerUrl());
        verbinding = factory.createConnection();
        verbinding.start();
    }

    @AfterAll
    static void verbreek() throws JMSException {
        if (verbinding != null) {
            verbinding.close();
        }
        if (factory != null) {
            factory.close();
        }
    }

    @BeforeEach
    void open() throws JMSException {
        sessie = verbinding.createSession(false, Session.AUTO_ACKNOWLEDGE);
        producent = sessie.createProducer(sessie.createQueue("ijw.berichten.in"));
    }

    @AfterEach
    void sluit() throws JMSException {
        sessie.close();
    }

    private static String correlatie() {
        return "it-" + UUID.randomUUID();
    }

    private MessageConsumer luister(String queue, String correlatie) throws JMSException {
        return sessie.createConsumer(sessie.createQueue(queue), "JMSCorrelationID = '" + correlatie + "'");
    }

    private static Message ontvang(MessageConsumer consumer, String waar) throws JMSException {
        Message m = consumer.receive(ONTVANG_MS);
        assertThat(m).as("bericht op %s binnen %d ms", waar, ONTVANG_MS).isNotNull();
        return m;
    }

    private static String tekst(Message m) throws JMSException {
        assertThat(m).isInstanceOf(TextMessage.class);
        return ((TextMessage) m).getText();
    }

    /**
     * A fresh {@link Verhaal} whose toewijzing (JW301, over HTTP) is accepted, so that its JW305
     * is accepted too (the official JW305 example is rejected with 9019, STANDARD.md §7.1 #7).
     */
    private static Verhaal toegewezen(Gateway gateway) {
        Verhaal verhaal = Verhaal.nieuw();
        var antwoord = Http.post(gateway, verhaal.jw301(uniekeIdentificatie()));
        assertThat(antwoord.statusCode()).as("toewijzing: %s", Http.tekst(antwoord)).isEqualTo(200);
        long berichtId = Long.parseLong(antwoord.headers().firstValue("X-Ijw-Bericht-Id").orElseThrow());
        assertThat(gateway.archiefregel(berichtId)).as("toewijzing: %s", Http.tekst(antwoord))
                .isEqualTo("http JW301 GEACCEPTEERD");
        return verhaal;
    }

    @Test
    void retourNaarJmsReplyToMetCorrelatieId(Gateway gateway) throws JMSException {
        Verhaal verhaal = toegewezen(gateway);
        String id = uniekeIdentificatie();
        String correlatie = correlatie();
        TemporaryQueue antwoordAan = sessie.createTemporaryQueue();
        MessageConsumer consumer = sessie.createConsumer(antwoordAan);

        TextMessage verzoek = sessie.createTextMessage(verhaal.jw305(id));
        verzoek.setJMSReplyTo(antwoordAan);
        verzoek.setJMSCorrelationID(correlatie);
        producent.send(verzoek);

        Message retour = ontvang(consumer, "JMSReplyTo");
        assertThat(retour.getJMSCorrelationID()).isEqualTo(correlatie);
        String xml = tekst(retour);
        assertGeldigVolgens("JW306", xml);
        XmlAssert.assertThat(xml).withNamespaceContext(NAMESPACES)
                .valueByXPath("/jw306:Bericht/jw306:Header/jw306:BerichtIdentificatie/ijw:Identificatie").isEqualTo(id);
        XmlAssert.assertThat(xml).withNamespaceContext(NAMESPACES)
                .nodesByXPath("/jw306:Bericht/jw306:Header/jw306:RetourCodes").doNotExist();
    }

    @Test
    void zonderCorrelatieIdIsHetMessageIdDeCorrelatie() throws JMSException {
        TemporaryQueue antwoordAan = sessie.createTemporaryQueue();
        MessageConsumer consumer = sessie.createConsumer(antwoordAan);

        TextMessage verzoek = sessie.createTextMessage(voorbeeld("JW319", uniekeIdentificatie()));
        verzoek.setJMSReplyTo(antwoordAan);
        producent.send(verzoek);
        assertThat(verzoek.getJMSMessageID()).isNotBlank();

        Message retour = ontvang(consumer, "JMSReplyTo");
        assertThat(retour.getJMSCorrelationID()).isEqualTo(verzoek.getJMSMessageID());
        assertGeldigVolgens("JW320", tekst(retour));
    }

    @Test
    void zonderJmsReplyToNaarRetourQueueVanAfzender(Gateway gateway) throws Exception {
        Verhaal verhaal = toegewezen(gateway);
        String id = uniekeIdentificatie();
        String correlatie = correlatie();
        String retourQueue = "ijw.retour." + Verhaal.AANBIEDER;
        MessageConsumer consumer = luister(retourQueue, correlatie);

        TextMessage verzoek = sessie.createTextMessage(verhaal.jw305(id));
        verzoek.setJMSCorrelationID(correlatie);
        producent.send(verzoek);

        String xml = tekst(ontvang(consumer, retourQueue));
        assertGeldigVolgens("JW306", xml);
        XmlAssert.assertThat(xml).withNamespaceContext(NAMESPACES)
                .nodesByXPath("/jw306:Bericht/jw306:Header/jw306:RetourCodes").doNotExist();
        XmlAssert.assertThat(xml).withNamespaceContext(NAMESPACES)
                .valueByXPath("/jw306:Bericht/jw306:Header/jw306:BerichtIdentificatie/ijw:Identificatie").isEqualTo(id);

        try (java.sql.Connection db = gateway.database();
             PreparedStatement s = db.prepareStatement(
                     "select kanaal, berichttype, uitkomst from bericht where identificatie = ?")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).as("gearchiveerd").isTrue();
                assertThat(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3))
                        .isEqualTo("jms JW305 GEACCEPTEERD");
                assertThat(rs.next()).as("één keer gearchiveerd").isFalse();
            }
        }
    }

    @Test
    void bytesMessageWordtOokVerwerkt() throws JMSException {
        String id = uniekeIdentificatie();
        String correlatie = correlatie();
        TemporaryQueue antwoordAan = sessie.createTemporaryQueue();
        MessageConsumer consumer = sessie.createConsumer(antwoordAan);

        BytesMessage verzoek = sessie.createBytesMessage();
        verzoek.writeBytes(voorbeeld("JW307", id).getBytes(StandardCharsets.UTF_8));
        verzoek.setJMSReplyTo(antwoordAan);
        verzoek.setJMSCorrelationID(correlatie);
        producent.send(verzoek);

        Message retour = ontvang(consumer, "JMSReplyTo");
        assertThat(retour.getJMSCorrelationID()).isEqualTo(correlatie);
        String xml = tekst(retour);
        assertGeldigVolgens("JW308", xml);
        XmlAssert.assertThat(xml).withNamespaceContext(NAMESPACES)
                .valueByXPath("/jw308:Bericht/jw308:Header/jw308:BerichtIdentificatie/ijw:Identificatie").isEqualTo(id);
    }

    @Test
    void schemafoutNaarAfgekeurdMetFoutrapport() throws JMSException {
        String correlatie = correlatie();
        // With a non-ASCII name: the original must come back unchanged, character for character.
        String jw315 = voorbeeld("JW315", uniekeIdentificatie())
                .replace("<ijw:Voornamen>Tom</ijw:Voornamen>", "<ijw:Voornamen>Zo\u00eb</ijw:Voornamen>");
        assertThat(jw315).contains("Zo\u00eb");
        MessageConsumer consumer = luister("ijw.berichten.afgekeurd", correlatie);

        TextMessage verzoek = sessie.createTextMessage(jw315);
        verzoek.setJMSCorrelationID(correlatie);
        producent.send(verzoek);

        Message afgekeurd = ontvang(consumer, "ijw.berichten.afgekeurd");
        assertThat(tekst(afgekeurd)).as("het oorspronkelijke bericht").isEqualTo(jw315);
        String rapport = afgekeurd.getStringProperty("IjwFoutrapport");
        assertThat(rapport).contains("2027-06-31");
        assertThat(Http.json(rapport).path("fouten")).isNotEmpty();
    }

    @Test
    void geenBerichtNaarOngeldigMetReden() throws JMSException {
        String correlatie = correlatie();
        MessageConsumer consumer = luister("ijw.berichten.ongeldig", correlatie);

        TextMessage verzoek = sessie.createTextMessage("dit is geen xml");
        verzoek.setJMSCorrelationID(correlatie);
        producent.send(verzoek);

        Message ongeldig = ontvang(consumer, "ijw.berichten.ongeldig");
        assertThat(ongeldig.getStringProperty("IjwReden")).startsWith("Geen welgevormde XML");
        byte[] inhoud = ongeldig instanceof BytesMessage b ? b.getBody(byte[].class)
                : tekst(ongeldig).getBytes(StandardCharsets.UTF_8);
        assertThat(new String(inhoud, StandardCharsets.UTF_8)).as("de oorspronkelijke inhoud").isEqualTo("dit is geen xml");
    }

    @Test
    void ongeldigeUtf8NaarOngeldig() throws JMSException {
        String correlatie = correlatie();
        MessageConsumer consumer = luister("ijw.berichten.ongeldig", correlatie);
        byte[] latin1 = voorbeeld("JW305", uniekeIdentificatie())
                .replace("<ijw:Voornamen>Tom</ijw:Voornamen>", "<ijw:Voornamen>Tom\u00e9</ijw:Voornamen>")
                .getBytes(StandardCharsets.ISO_8859_1);

        BytesMessage verzoek = sessie.createBytesMessage();
        verzoek.writeBytes(latin1);
        verzoek.setJMSCorrelationID(correlatie);
        producent.send(verzoek);

        Message ongeldig = ontvang(consumer, "ijw.berichten.ongeldig");
        assertThat(ongeldig.getStringProperty("IjwReden")).isEqualTo("De invoer is geen geldige UTF-8.");
        assertThat(ongeldig).isInstanceOf(BytesMessage.class);
        assertThat(((BytesMessage) ongeldig).getBody(byte[].class)).as("de oorspronkelijke bytes").isEqualTo(latin1);
    }

    @Test
    void leegBerichtNaarOngeldig() throws JMSException {
        String correlatie = correlatie();
        MessageConsumer consumer = luister("ijw.berichten.ongeldig", correlatie);

        TextMessage verzoek = sessie.createTextMessage("");
        verzoek.setJMSCorrelationID(correlatie);
        producent.send(verzoek);

        Message ongeldig = ontvang(consumer, "ijw.berichten.ongeldig");
        assertThat(ongeldig.getStringProperty("IjwReden")).startsWith("Geen welgevormde XML");
    }

    @Test
    void retourberichtKrijgtGeenAntwoord() throws JMSException {
        // A JW306 (a retour message) is archived, never answered: nothing arrives at JMSReplyTo.
        TemporaryQueue antwoordAan = sessie.createTemporaryQueue();
        MessageConsumer consumer = sessie.createConsumer(antwoordAan);
        TextMessage verzoek = sessie.createTextMessage(voorbeeld("JW306", uniekeIdentificatie()));
        verzoek.setJMSReplyTo(antwoordAan);
        producent.send(verzoek);

        // Then a JW305 over the same reply queue: its retour must be the first thing that arrives.
        String id = uniekeIdentificatie();
        TextMessage heen = sessie.createTextMessage(voorbeeld("JW305", id));
        heen.setJMSReplyTo(antwoordAan);
        producent.send(heen);

        String xml = tekst(ontvang(consumer, "JMSReplyTo"));
        XmlAssert.assertThat(xml).withNamespaceContext(NAMESPACES)
                .valueByXPath("/jw306:Bericht/jw306:Header/jw306:BerichtIdentificatie/ijw:Identificatie").isEqualTo(id);
        assertThat(consumer.receive(1_000)).as("geen tweede bericht").isNull();
    }
}
