package nl.twente.ijw.gateway.inbound;

import java.util.UUID;
import nl.twente.ijw.gateway.fout.Foutrapport;
import nl.twente.ijw.gateway.storingen.Archiefstoring;
import nl.twente.ijw.gateway.storingen.Intakepauze;
import nl.twente.ijw.gateway.storingen.StoringenProperties;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteConfigurationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Error handling for every route, in one place. Input never causes an exception (bad input
 * gets a retour, a report or a reason); what remains are faults of the gateway or its
 * database. Over HTTP they become a problem document without internals (503 with Retry-After
 * when the database is away, see {@link Archiefstoring}); transacted channels (JMS, directory)
 * let the exception roll back, so the broker redelivers or the file stays, and nothing is
 * lost; a lost database also pauses them ({@link Intakepauze}).
 */
@Component
public class Foutafhandeling extends RouteConfigurationBuilder {

    public static final String HTTP = "http-fouten";
    public static final String TRANSACTIONEEL = "transactionele-fouten";
    /** For routes called by a channel: the channel's own handling decides. */
    public static final String DOORGEVEN = "doorgeven";

    private static final Logger LOG = LoggerFactory.getLogger(Foutafhandeling.class);

    private final Foutrapport foutrapport;
    private final StoringenProperties storingen;
    private final Intakepauze intakepauze;

    public Foutafhandeling(Foutrapport foutrapport, StoringenProperties storingen, Intakepauze intakepauze) {
        this.foutrapport = foutrapport;
        this.storingen = storingen;
        this.intakepauze = intakepauze;
    }

    @Override
    public void configuration() {
        routeConfiguration(HTTP)
                .onException(Exception.class)
                    .handled(true)
                    .process(this::httpFout)
                .end();

        routeConfiguration(DOORGEVEN).errorHandler(noErrorHandler());

        routeConfiguration(TRANSACTIONEEL)
                .onException(Exception.class)
                    .handled(false)
                    .process(this::transactioneleFout)
                .end();
    }

    /** 503 with Retry-After when the database is away (not the sender's fault), else 500 with a reference. */
    private void httpFout(Exchange e) {
        Exception fout = e.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        if (Archiefstoring.is(fout)) {
            LOG.warn("Archief niet bereikbaar: {}", String.valueOf(fout));
            probleem(e, HttpStatus.SERVICE_UNAVAILABLE, "archief-onbereikbaar", "Archief tijdelijk niet bereikbaar",
                    "Het bericht is niet verwerkt en niet bewaard. Stuur het over enige tijd opnieuw.");
            e.getMessage().setHeader("Retry-After", Long.toString(storingen.getRetryAfter().toSeconds()));
            return;
        }
        String kenmerk = UUID.randomUUID().toString();
        probleem(e, HttpStatus.INTERNAL_SERVER_ERROR, "interne-fout", "Interne fout",
                "De gateway kon het bericht niet verwerken. Noem kenmerk " + kenmerk + " aan de beheerder.");
        LOG.error("Interne fout {}", kenmerk, fout);
    }

    /** The exception rolls back (message stays on the queue or in the inbox); a lost database also pauses the intake. */
    private void transactioneleFout(Exchange e) {
        Exception fout = e.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        if (Archiefstoring.is(fout)) {
            LOG.warn("Archief niet bereikbaar, wordt teruggedraaid en later opnieuw aangeboden: {}", String.valueOf(fout));
            intakepauze.archiefOnbereikbaar();
        } else {
            LOG.error("Verwerking mislukt, wordt teruggedraaid: {}", fout == null ? null : fout.getMessage(), fout);
        }
    }

    private void probleem(Exchange e, HttpStatus status, String soort, String titel, String detail) {
        ProblemDetail p = Foutrapport.probleem(status, soort, titel, detail);
        e.getMessage().removeHeaders("*");
        e.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, status.value());
        e.getMessage().setHeader(Exchange.CONTENT_TYPE, Foutrapport.MEDIA_TYPE);
        e.getMessage().setBody(foutrapport.alsJson(p));
    }
}
