package nl.twente.ijw.gateway.inbound;

import java.util.UUID;
import nl.twente.ijw.gateway.fout.Foutrapport;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteConfigurationBuilder;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Error handling for every route, in one place. Input never causes an exception (bad input
 * gets a retour, a report or a reason); what remains are faults of the gateway or its
 * database. Over HTTP they become a problem document without internals (503 with Retry-After
 * when the database is away); transacted channels (JMS, directory) let the exception roll
 * back, so the broker redelivers or the file stays, and nothing is lost.
 */
@Component
public class Foutafhandeling extends RouteConfigurationBuilder {

    public static final String HTTP = "http-fouten";
    public static final String TRANSACTIONEEL = "transactionele-fouten";
    /** For routes called by a channel: the channel's own handling decides. */
    public static final String DOORGEVEN = "doorgeven";

    private final Foutrapport foutrapport;

    public Foutafhandeling(Foutrapport foutrapport) {
        this.foutrapport = foutrapport;
    }

    @Override
    public void configuration() {
        routeConfiguration(HTTP)
                .onException(CannotGetJdbcConnectionException.class, CannotCreateTransactionException.class,
                        DataAccessResourceFailureException.class, TransientDataAccessException.class)
                    .handled(true)
                    .log(org.apache.camel.LoggingLevel.WARN, "Archief niet bereikbaar: ${exception.message}")
                    .process(e -> probleem(e, HttpStatus.SERVICE_UNAVAILABLE, "archief-onbereikbaar",
                            "Archief tijdelijk niet bereikbaar",
                            "Het bericht is niet verwerkt en niet bewaard. Stuur het over enige tijd opnieuw."))
                    .setHeader("Retry-After", constant("30"))
                .end()
                .onException(Exception.class)
                    .handled(true)
                    .process(e -> {
                        String kenmerk = UUID.randomUUID().toString();
                        e.setProperty("ijwFoutkenmerk", kenmerk);
                        probleem(e, HttpStatus.INTERNAL_SERVER_ERROR, "interne-fout", "Interne fout",
                                "De gateway kon het bericht niet verwerken. Noem kenmerk " + kenmerk + " aan de beheerder.");
                    })
                    .log(org.apache.camel.LoggingLevel.ERROR, "Interne fout ${exchangeProperty.ijwFoutkenmerk}: ${exception.stacktrace}")
                .end();

        routeConfiguration(DOORGEVEN).errorHandler(noErrorHandler());

        routeConfiguration(TRANSACTIONEEL)
                .onException(Exception.class)
                    .handled(false)
                    .log(org.apache.camel.LoggingLevel.ERROR, "Verwerking mislukt, wordt teruggedraaid: ${exception.message}")
                .end();
    }

    private void probleem(Exchange e, HttpStatus status, String soort, String titel, String detail) {
        ProblemDetail p = Foutrapport.probleem(status, soort, titel, detail);
        e.getMessage().removeHeaders("*");
        e.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, status.value());
        e.getMessage().setHeader(Exchange.CONTENT_TYPE, Foutrapport.MEDIA_TYPE);
        e.getMessage().setBody(foutrapport.alsJson(p));
    }
}
