package nl.twente.ijw.gateway.inbound;

import jakarta.jms.JMSException;
import java.nio.charset.StandardCharsets;
import nl.twente.ijw.gateway.archief.Aanlevering;
import nl.twente.ijw.gateway.archief.Uitkomst;
import nl.twente.ijw.gateway.beveiliging.Brokergebruikers;
import nl.twente.ijw.gateway.beveiliging.Rol;
import nl.twente.ijw.gateway.beveiliging.Toegang;
import nl.twente.ijw.gateway.fout.Foutrapport;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.PredicateBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.jms.JmsConstants;
import org.apache.camel.component.jms.JmsMessage;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The queue {@code ijw.berichten.in}. The retour goes to the message's JMSReplyTo, or else to
 * {@code ijw.retour.<Afzender>}; a schema failure goes with its report to
 * {@code ijw.berichten.afgekeurd}, what is no message to {@code ijw.berichten.ongeldig}.
 * The sender is the broker user that sent the message ({@code _AMQ_VALIDATED_USER}, stamped by
 * the broker): a message with another Afzender is archived as GEWEIGERD and goes with its
 * reason to {@code ijw.berichten.geweigerd}, as HTTP answers 403.
 * Consumption is transacted: a crash before the commit redelivers, and the archive then
 * answers the repeat with the original retour. Several consumers judge side by side (as HTTP
 * does); the messages of one JMSXGroupID go to one of them, in order (see the README).
 */
@Component
@ConditionalOnProperty(name = "ijw.kanalen", havingValue = "true", matchIfMissing = true)
public class JmsIntakeRoute extends RouteBuilder {

    public static final String IN = "ijw.berichten.in";
    public static final String AFGEKEURD = "ijw.berichten.afgekeurd";
    public static final String ONGELDIG = "ijw.berichten.ongeldig";
    public static final String GEWEIGERD = "ijw.berichten.geweigerd";
    /** Set by the broker (populate-validated-user) to the user that sent the message; a client's own value is overwritten. */
    static final String GEVALIDEERDE_GEBRUIKER = "_AMQ_VALIDATED_USER";

    private static final String INHOUD = "ijwInhoud";
    private static final String ANTWOORD_AAN = "ijwAntwoordAan";
    private static final String CORRELATIE = "ijwCorrelatie";
    private static final String BERICHT_ID = "ijwJmsBerichtId";
    /** Artemis' duplicate-detection property: the broker stores a message with an id it has seen once only. */
    static final String DUPLICAAT_ID = "_AMQ_DUPL_ID";

    private final Foutrapport foutrapport;
    private final Brokergebruikers brokergebruikers;

    public JmsIntakeRoute(Foutrapport foutrapport, Brokergebruikers brokergebruikers) {
        this.foutrapport = foutrapport;
        this.brokergebruikers = brokergebruikers;
    }

    @Override
    public void configure() {
        from("jms:queue:" + IN + "?transacted=true&disableReplyTo=true&concurrentConsumers={{ijw.jms.consumenten:8}}")
                .routeId("intake-jms")
                .routeConfigurationId(Foutafhandeling.TRANSACTIONEEL)
                .process(this::aanlevering)
                .to(OntvangstRoute.ONTVANG_IN_GROEP)
                .process(this::antwoord)
                // The queue in the URI is a placeholder: the JMSReplyTo destination or the queue
                // name set by antwoord() decides where the message goes.
                .filter(PredicateBuilder.or(header(JmsConstants.JMS_DESTINATION).isNotNull(),
                        header(JmsConstants.JMS_DESTINATION_NAME).isNotNull()))
                    .to("jms:queue:ijw.uitgaand")
                .end();
    }

    private void aanlevering(Exchange e) {
        Message in = e.getIn();
        byte[] inhoud = in.getBody(byte[].class);
        e.setProperty(INHOUD, inhoud);
        e.setProperty(ANTWOORD_AAN, in.getHeader("JMSReplyTo"));
        Object correlatie = in.getHeader("JMSCorrelationID");
        e.setProperty(CORRELATIE, correlatie != null ? correlatie : in.getHeader("JMSMessageID"));
        e.setProperty(BERICHT_ID, in.getHeader("JMSMessageID"));
        in.setBody(new Aanlevering(inhoud, "jms", in.getHeader("JMSMessageID", String.class),
                aanleveraar(gevalideerdeGebruiker(in))));
    }

    /**
     * Read from the JMS message itself: Camel does not copy this property into its headers (the
     * JMS API shows it as JMSXUserID). Only a route fed without JMS (a test) takes the header.
     */
    private static String gevalideerdeGebruiker(Message in) {
        if (in instanceof JmsMessage jms && jms.getJmsMessage() != null) {
            try {
                return jms.getJmsMessage().getStringProperty(GEVALIDEERDE_GEBRUIKER);
            } catch (JMSException ex) {
                return null;
            }
        }
        return in.getHeader(GEVALIDEERDE_GEBRUIKER, String.class);
    }

    /**
     * The Afzender the validated user may send as. As over HTTP only a sender sends: any other
     * user, or none at all (an external broker without populate-validated-user), gets a name no
     * Afzender has, so its messages are archived and refused.
     */
    private String aanleveraar(String gebruiker) {
        Toegang t = brokergebruikers.gebruiker(gebruiker).orElse(null);
        if (t != null && t.heeft(Rol.SENDER)) {
            return t.afzender();
        }
        return gebruiker == null ? "(geen gevalideerde brokergebruiker)" : "(brokergebruiker " + gebruiker + " zonder afzender)";
    }

    private void antwoord(Exchange e) {
        Message m = e.getMessage();
        Verwerking v = m.getBody(Verwerking.class);
        m.removeHeaders("*");
        m.setHeader("IjwBerichtId", v.berichtId());
        m.setHeader("IjwUitkomst", v.uitkomst().name());
        m.setHeader("JMSCorrelationID", e.getProperty(CORRELATIE));
        // A crash or lost broker between sending the answer and committing the intake brings the
        // same JMS message again: its answer then carries the same id and the broker keeps one.
        // A sender's deliberate resend is a new JMS message and gets its answer again.
        m.setHeader(DUPLICAAT_ID, "ijw-antwoord:" + e.getProperty(BERICHT_ID));
        if (v.heeftRetour()) {
            m.setBody(new String(v.retour(), StandardCharsets.UTF_8));
            Object antwoordAan = e.getProperty(ANTWOORD_AAN);
            if (antwoordAan instanceof jakarta.jms.Destination bestemming) {
                m.setHeader(JmsConstants.JMS_DESTINATION, bestemming);
            } else {
                m.setHeader(JmsConstants.JMS_DESTINATION_NAME, "ijw.retour." + v.header().afzender());
            }
        } else if (v.uitkomst() == Uitkomst.SCHEMAFOUT) {
            m.setBody(new String(e.getProperty(INHOUD, byte[].class), StandardCharsets.UTF_8));
            m.setHeader("IjwFoutrapport", foutrapport.alsJson(foutrapport.schemafouten(v)));
            m.setHeader(JmsConstants.JMS_DESTINATION_NAME, AFGEKEURD);
        } else if (v.uitkomst() == Uitkomst.GEWEIGERD) {
            m.setBody(new String(e.getProperty(INHOUD, byte[].class), StandardCharsets.UTF_8));
            m.setHeader("IjwReden", v.reden());
            m.setHeader(JmsConstants.JMS_DESTINATION_NAME, GEWEIGERD);
        } else if (v.uitkomst() == Uitkomst.GEEN_BERICHT) {
            m.setBody(e.getProperty(INHOUD, byte[].class));
            m.setHeader("IjwReden", v.reden());
            m.setHeader(JmsConstants.JMS_DESTINATION_NAME, ONGELDIG);
        } else {
            // Retour messages and JW325 are archived, never answered: nothing to send.
            m.setBody(null);
        }
    }
}
