package nl.twente.ijw.it;

import static nl.twente.ijw.it.Referentie.NAMESPACES;
import static nl.twente.ijw.it.Referentie.assertGeldigVolgens;
import static nl.twente.ijw.it.Referentie.uniekeIdentificatie;
import static nl.twente.ijw.it.Referentie.voorbeeld;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.JMSSecurityException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TemporaryQueue;
import jakarta.jms.TextMessage;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xmlunit.assertj3.XmlAssert;

/**
 * The queue {@code ijw.berichten.in} on the gateway's embedded Artemis broker. Every client logs
 * in: a message goes in as the sender its Afzender names ({@code afzender-<code>}), the shared
 * answer queues are read as {@code beheer}. Every receive on a shared queue uses a selector on
 * our own correlation id, so tests never see each other's messages.
 */
@ExtendWith(GatewayExtension.class)
class JmsIT {

    private static final long ONTVANG_MS = 10_000;

    private static final Map<String, ActiveMQConnectionFactory> FABRIEKEN = new ConcurrentHashMap<>();
    private static final Map<String, Connection> VERBINDINGEN = new ConcurrentHashMap<>();
    private final List<Session> sessies = new ArrayList<>();
    private final Gateway gateway;

    JmsIT(Gateway gateway) {
        this.gateway = gateway;
    }

    @AfterAll
    static void verbreek() throws JMSException {
        for (Connection c : VERBINDINGEN.values()) {
            c.close();
        }
        FABRIEKEN.values().forEach(ActiveMQConnectionFactory::close);
        VERBINDINGEN.clear();
        FABRIEKEN.clear();
    }

    @AfterEach
    void sluit() throws JMSException {
        for (Session s : sessies) {
            s.close();
        }
    }

    /** A session of one broker user of the dev profile, on that user's one (started) connection. */
    private Session sessie(String gebruiker) throws JMSException {
        Connection verbinding = VERBINDINGEN.get(gebruiker);
        if (verbinding == null) {
            ActiveMQConnectionFactory factory = FABRIEKEN.computeIfAbsent(gebruiker, gateway::jms);
            verbinding = factory.createConnection();
            verbinding.start();
            VERBINDINGEN.put(gebruiker, verbinding);
        }
        Session s = verbinding.createSession(false, Session.AUTO_ACKNOWLEDGE);
        sessies.add(s);
        return s;
    }

    /** A session of the sender this message names in its Afzender. */
    private Session alsAfzenderVan(String xml) throws JMSException {
        return sessie(Http.afzenderSleutel(xml.getBytes(StandardCharsets.UTF_8)).substring("dev-".length()));
    }

    private static void stuur(Session sessie, Message bericht) throws JMSException {
        sessie.createProducer(sessie.createQueue("ijw.berichten.in")).send(bericht);
    }

    private static String correlatie() {
        return "it-" + UUID.randomUUID();
    }

    /** A consumer on a shared answer queue (afgekeurd, ongeldig, geweigerd): beheer reads those. */
    private MessageConsumer luister(String queue, String correlatie) throws JMSException {
        Session beheer = sessie("beheer");
        return beheer.createConsumer(beheer.createQueue(queue), "JMSCorrelationID = '" + correlatie + "'");
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
        Session sessie = sessie("afzender-" + Verhaal.AANBIEDER);
        Verhaal verhaal = toegewezen(gateway);
        String id = uniekeIdentificatie();
        String correlatie = correlatie();
        TemporaryQueue antwoordAan = sessie.createTemporaryQueue();
        MessageConsumer consumer = sessie.createConsumer(antwoordAan);

        TextMessage verzoek = sessie.createTextMessage(verhaal.jw305(id));
        verzoek.setJMSReplyTo(antwoordAan);
        verzoek.setJMSCorrelationID(correlatie);
        stuur(sessie, verzoek);

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
        Session sessie = sessie("afzender-0384"); // the Afzender of the official JW319 example
        TemporaryQueue antwoordAan = sessie.createTemporaryQueue();
        MessageConsumer consumer = sessie.createConsumer(antwoordAan);

        TextMessage verzoek = sessie.createTextMessage(voorbeeld("JW319", uniekeIdentificatie()));
        verzoek.setJMSReplyTo(antwoordAan);
        stuur(sessie, verzoek);
        assertThat(verzoek.getJMSMessageID()).isNotBlank();

        Message retour = ontvang(consumer, "JMSReplyTo");
        assertThat(retour.getJMSCorrelationID()).isEqualTo(verzoek.getJMSMessageID());
        assertGeldigVolgens("JW320", tekst(retour));
    }

    @Test
    void zonderJmsReplyToNaarRetourQueueVanAfzender(Gateway gateway) throws Exception {
        Session sessie = sessie("afzender-" + Verhaal.AANBIEDER);
        Verhaal verhaal = toegewezen(gateway);
        String id = uniekeIdentificatie();
        String correlatie = correlatie();
        String retourQueue = "ijw.retour." + Verhaal.AANBIEDER;
        MessageConsumer consumer = sessie.createConsumer(sessie.createQueue(retourQueue), "JMSCorrelationID = '" + correlatie + "'");

        TextMessage verzoek = sessie.createTextMessage(verhaal.jw305(id));
        verzoek.setJMSCorrelationID(correlatie);
        stuur(sessie, verzoek);

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
        Session sessie = sessie("afzender-65656055"); // the Afzender of the official JW307 example
        String id = uniekeIdentificatie();
        String correlatie = correlatie();
        TemporaryQueue antwoordAan = sessie.createTemporaryQueue();
        MessageConsumer consumer = sessie.createConsumer(antwoordAan);

        BytesMessage verzoek = sessie.createBytesMessage();
        verzoek.writeBytes(voorbeeld("JW307", id).getBytes(StandardCharsets.UTF_8));
        verzoek.setJMSReplyTo(antwoordAan);
        verzoek.setJMSCorrelationID(correlatie);
        stuur(sessie, verzoek);

        Message retour = ontvang(consumer, "JMSReplyTo");
        assertThat(retour.getJMSCorrelationID()).isEqualTo(correlatie);
        String xml = tekst(retour);
        assertGeldigVolgens("JW308", xml);
        XmlAssert.assertThat(xml).withNamespaceContext(NAMESPACES)
                .valueByXPath("/jw308:Bericht/jw308:Header/jw308:BerichtIdentificatie/ijw:Identificatie").isEqualTo(id);
    }

    @Test
    void schemafoutNaarAfgekeurdMetFoutrapport() throws JMSException {
        Session sessie = sessie("afzender-42420001"); // the Afzender of the official JW315 example
        String correlatie = correlatie();
        // With a non-ASCII name: the original must come back unchanged, character for character.
        String jw315 = voorbeeld("JW315", uniekeIdentificatie())
                .replace("<ijw:Voornamen>Tom</ijw:Voornamen>", "<ijw:Voornamen>Zo\u00eb</ijw:Voornamen>");
        assertThat(jw315).contains("Zo\u00eb");
        MessageConsumer consumer = luister("ijw.berichten.afgekeurd", correlatie);

        TextMessage verzoek = sessie.createTextMessage(jw315);
        verzoek.setJMSCorrelationID(correlatie);
        stuur(sessie, verzoek);

        Message afgekeurd = ontvang(consumer, "ijw.berichten.afgekeurd");
        assertThat(tekst(afgekeurd)).as("het oorspronkelijke bericht").isEqualTo(jw315);
        String rapport = afgekeurd.getStringProperty("IjwFoutrapport");
        assertThat(rapport).contains("2027-06-31");
        assertThat(Http.json(rapport).path("fouten")).isNotEmpty();
    }

    @Test
    void geenBerichtNaarOngeldigMetReden() throws JMSException {
        Session sessie = sessie("afzender-" + Verhaal.AANBIEDER);
        String correlatie = correlatie();
        MessageConsumer consumer = luister("ijw.berichten.ongeldig", correlatie);

        TextMessage verzoek = sessie.createTextMessage("dit is geen xml");
        verzoek.setJMSCorrelationID(correlatie);
        stuur(sessie, verzoek);

        Message ongeldig = ontvang(consumer, "ijw.berichten.ongeldig");
        assertThat(ongeldig.getStringProperty("IjwReden")).startsWith("Geen welgevormde XML");
        byte[] inhoud = ongeldig instanceof BytesMessage b ? b.getBody(byte[].class)
                : tekst(ongeldig).getBytes(StandardCharsets.UTF_8);
        assertThat(new String(inhoud, StandardCharsets.UTF_8)).as("de oorspronkelijke inhoud").isEqualTo("dit is geen xml");
    }

    @Test
    void ongeldigeUtf8NaarOngeldig() throws JMSException {
        Session sessie = sessie("afzender-65656055");
        String correlatie = correlatie();
        MessageConsumer consumer = luister("ijw.berichten.ongeldig", correlatie);
        byte[] latin1 = voorbeeld("JW305", uniekeIdentificatie())
                .replace("<ijw:Voornamen>Tom</ijw:Voornamen>", "<ijw:Voornamen>Tom\u00e9</ijw:Voornamen>")
                .getBytes(StandardCharsets.ISO_8859_1);

        BytesMessage verzoek = sessie.createBytesMessage();
        verzoek.writeBytes(latin1);
        verzoek.setJMSCorrelationID(correlatie);
        stuur(sessie, verzoek);

        Message ongeldig = ontvang(consumer, "ijw.berichten.ongeldig");
        assertThat(ongeldig.getStringProperty("IjwReden")).isEqualTo("De invoer is geen geldige UTF-8.");
        assertThat(ongeldig).isInstanceOf(BytesMessage.class);
        assertThat(((BytesMessage) ongeldig).getBody(byte[].class)).as("de oorspronkelijke bytes").isEqualTo(latin1);
    }

    @Test
    void leegBerichtNaarOngeldig() throws JMSException {
        Session sessie = sessie("afzender-" + Verhaal.AANBIEDER);
        String correlatie = correlatie();
        MessageConsumer consumer = luister("ijw.berichten.ongeldig", correlatie);

        TextMessage verzoek = sessie.createTextMessage("");
        verzoek.setJMSCorrelationID(correlatie);
        stuur(sessie, verzoek);

        Message ongeldig = ontvang(consumer, "ijw.berichten.ongeldig");
        assertThat(ongeldig.getStringProperty("IjwReden")).startsWith("Geen welgevormde XML");
    }

    @Test
    void retourberichtKrijgtGeenAntwoord() throws JMSException {
        Session sessie = sessie("afzender-65656055"); // the Afzender of the official JW305 example
        // A JW306 (a retour message) is archived, never answered: nothing arrives at JMSReplyTo. It
        // keeps the JW305's header, so its sender is that header's Ontvanger, 0363.
        TemporaryQueue antwoordAan = sessie.createTemporaryQueue();
        MessageConsumer consumer = sessie.createConsumer(antwoordAan);
        Session gemeente = sessie("afzender-0363");
        TextMessage verzoek = gemeente.createTextMessage(voorbeeld("JW306", uniekeIdentificatie()));
        verzoek.setJMSReplyTo(antwoordAan);
        stuur(gemeente, verzoek);

        // Then a JW305 over the same reply queue: its retour must be the first thing that arrives.
        String id = uniekeIdentificatie();
        TextMessage heen = sessie.createTextMessage(voorbeeld("JW305", id));
        heen.setJMSReplyTo(antwoordAan);
        stuur(sessie, heen);

        String xml = tekst(ontvang(consumer, "JMSReplyTo"));
        XmlAssert.assertThat(xml).withNamespaceContext(NAMESPACES)
                .valueByXPath("/jw306:Bericht/jw306:Header/jw306:BerichtIdentificatie/ijw:Identificatie").isEqualTo(id);
        assertThat(consumer.receive(1_000)).as("geen tweede bericht").isNull();
    }

    // ---- Issue 12 §3: a sender identity on JMS ----

    @Test
    void eenVerkeerdWachtwoordOfOnbekendeGebruikerWeigertDeBroker() {
        for (String[] aanmelding : new String[][] {{"afzender-0153", "dev-afzender-0363"}, {"afzender-0153", "fout"},
                {"iemand", "dev-iemand"}, {null, null}}) {
            assertThatThrownBy(() -> {
                try (ActiveMQConnectionFactory f = new ActiveMQConnectionFactory(gateway.brokerUrl(), aanmelding[0], aanmelding[1]);
                     Connection c = f.createConnection()) {
                    c.createSession(false, Session.AUTO_ACKNOWLEDGE);
                }
            }).as("aanmelding als %s", aanmelding[0]).isInstanceOf(JMSSecurityException.class);
        }
    }

    @Test
    void eenAndereAfzenderDanDeGebruikerWordtGeweigerdEnGearchiveerd() throws Exception {
        // Sender 0363 sends a JW305 whose Afzender is the aanbieder, and sets the validated-user
        // property itself as well: the broker overwrites it with the user that really logged in.
        Session sessie = sessie("afzender-0363");
        String id = uniekeIdentificatie();
        String correlatie = correlatie();
        MessageConsumer geweigerd = luister("ijw.berichten.geweigerd", correlatie);
        TemporaryQueue antwoordAan = sessie.createTemporaryQueue();
        MessageConsumer retour = sessie.createConsumer(antwoordAan);
        String jw305 = Verhaal.nieuw().jw305(id);

        TextMessage verzoek = sessie.createTextMessage(jw305);
        verzoek.setJMSCorrelationID(correlatie);
        verzoek.setJMSReplyTo(antwoordAan);
        verzoek.setStringProperty("_AMQ_VALIDATED_USER", "afzender-" + Verhaal.AANBIEDER);
        stuur(sessie, verzoek);

        Message antwoord = ontvang(geweigerd, "ijw.berichten.geweigerd");
        assertThat(antwoord.getStringProperty("IjwReden"))
                .isEqualTo("Afzender " + Verhaal.AANBIEDER + " is niet de geauthenticeerde afzender 0363.");
        assertThat(antwoord.getStringProperty("IjwUitkomst")).isEqualTo("GEWEIGERD");
        assertThat(tekst(antwoord)).as("het oorspronkelijke bericht").isEqualTo(jw305);
        assertThat(gateway.archiefregel(antwoord.getLongProperty("IjwBerichtId"))).isEqualTo("jms JW305 GEWEIGERD");
        assertThat(retour.receive(1_000)).as("geen retour voor een geweigerd bericht").isNull();
    }

    @Test
    void eenAfzenderLeestGeenAndermansQueuesEnStuurtNergensAndersHeen() throws JMSException {
        Session sessie = sessie("afzender-0363");
        for (String queue : List.of("ijw.retour." + Verhaal.AANBIEDER, "ijw.berichten.in", "ijw.berichten.geweigerd",
                "ijw.berichten.afgekeurd", "ijw.aan.0363")) {
            assertThatThrownBy(() -> sessie.createConsumer(sessie.createQueue(queue)))
                    .as("lezen van %s", queue).isInstanceOf(JMSSecurityException.class);
        }
        assertThatThrownBy(() -> sessie.createBrowser(sessie.createQueue("ijw.retour.0153")).getEnumeration())
                .as("bladeren in ijw.retour.0153").isInstanceOf(JMSSecurityException.class);
        assertThatThrownBy(() -> sessie.createConsumer(sessie.createTopic("ijw.trajecten")))
                .as("het topic ijw.trajecten").isInstanceOf(JMSSecurityException.class);
        for (String queue : List.of("ijw.aan.0153", "ijw.retour.0363", "ijw.berichten.geweigerd", "activemq.management")) {
            // Artemis checks at the producer (creating a missing address) or at the send.
            assertThatThrownBy(() -> {
                MessageProducer producent = sessie.createProducer(sessie.createQueue(queue));
                producent.send(sessie.createTextMessage("<x/>"));
            }).as("sturen naar %s", queue).isInstanceOf(JMSSecurityException.class);
        }
        // Its own retour queue it may read.
        sessie.createConsumer(sessie.createQueue("ijw.retour.0363")).close();
    }
}
