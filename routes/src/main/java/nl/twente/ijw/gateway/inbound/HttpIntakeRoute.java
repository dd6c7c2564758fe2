package nl.twente.ijw.gateway.inbound;

import nl.twente.ijw.gateway.archief.Aanlevering;
import nl.twente.ijw.gateway.archief.Uitkomst;
import nl.twente.ijw.gateway.fout.Foutrapport;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import nl.twente.ijw.gateway.beveiliging.AuthenticatieFilter;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.platform.http.springboot.PlatformHttpMessage;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * {@code POST /ijw/berichten}: the retour as the response body (200) for every schema-valid
 * message, accepted or not; 422 with the schema error report; 400 for what is no message.
 * Size and content type are checked before the body is read ({@link BerichtGrootteFilter}).
 */
@Component
@ConditionalOnProperty(name = "ijw.kanalen", havingValue = "true", matchIfMissing = true)
public class HttpIntakeRoute extends RouteBuilder {

    /** Exchange header with the sender code the caller authenticated as (HTTP only). */
    public static final String GEAUTHENTICEERDE_AFZENDER = "IjwGeauthenticeerdeAfzender";

    private final Foutrapport foutrapport;

    public HttpIntakeRoute(Foutrapport foutrapport) {
        this.foutrapport = foutrapport;
    }

    @Override
    public void configure() {
        from("platform-http:/ijw/berichten?httpMethodRestrict=POST").routeId("intake-http")
                .routeConfigurationId(Foutafhandeling.HTTP)
                .process(this::aanlevering)
                .to(OntvangstRoute.ONTVANG_IN_GROEP)
                .process(this::antwoord);
    }

    /** The bytes as sent: UTF-8 is checked by the reader, not silently repaired on the way in. */
    private void aanlevering(Exchange exchange) {
        PlatformHttpMessage http = exchange.getIn(PlatformHttpMessage.class);
        byte[] inhoud = http == null ? null : (byte[]) http.getRequest().getAttribute(BerichtGrootteFilter.INHOUD);
        if (inhoud == null) {
            inhoud = exchange.getIn().getBody(byte[].class);
        }
        // The sender code comes from authentication only: whatever a client sent under this name is overwritten.
        Object afzender = http == null ? null : http.getRequest().getAttribute(AuthenticatieFilter.AFZENDER);
        exchange.getIn().removeHeader(GEAUTHENTICEERDE_AFZENDER);
        if (afzender instanceof String code) {
            exchange.getIn().setHeader(GEAUTHENTICEERDE_AFZENDER, code);
        }
        exchange.getIn().setBody(new Aanlevering(inhoud == null ? new byte[0] : inhoud, "http", null,
                exchange.getIn().getHeader(GEAUTHENTICEERDE_AFZENDER, String.class)));
    }

    private void antwoord(Exchange exchange) {
        Message m = exchange.getMessage();
        Verwerking v = m.getBody(Verwerking.class);
        m.removeHeaders("*");
        m.setHeader("X-Ijw-Bericht-Id", v.berichtId());
        m.setHeader("Link", "</api/berichten/" + v.berichtId() + "/rapport>; rel=\"describedby\"; type=\"application/json\"");
        if (v.heeftRetour()) {
            m.setHeader(Exchange.HTTP_RESPONSE_CODE, 200);
            m.setHeader(Exchange.CONTENT_TYPE, "application/xml");
            m.setBody(v.retour());
        } else if (v.uitkomst() == Uitkomst.SCHEMAFOUT) {
            m.setHeader(Exchange.HTTP_RESPONSE_CODE, 422);
            m.setHeader(Exchange.CONTENT_TYPE, Foutrapport.MEDIA_TYPE);
            m.setBody(foutrapport.alsJson(foutrapport.schemafouten(v)));
        } else if (v.uitkomst() == Uitkomst.GEWEIGERD) {
            m.setHeader(Exchange.HTTP_RESPONSE_CODE, 403);
            m.setHeader(Exchange.CONTENT_TYPE, Foutrapport.MEDIA_TYPE);
            ProblemDetail p = Foutrapport.probleem(HttpStatus.FORBIDDEN, "andere-afzender", "Bericht van een andere afzender",
                    "Met deze sleutel of dit certificaat mag u alleen berichten met uw eigen Afzender sturen. "
                            + v.reden() + " Het bericht is niet verwerkt.");
            p.setProperty("berichtId", v.berichtId());
            m.setBody(foutrapport.alsJson(p));
        } else if (v.uitkomst() == Uitkomst.GEEN_BERICHT) {
            m.setHeader(Exchange.HTTP_RESPONSE_CODE, 400);
            m.setHeader(Exchange.CONTENT_TYPE, Foutrapport.MEDIA_TYPE);
            m.setBody(foutrapport.alsJson(foutrapport.geenBericht(v)));
        } else {
            // A retour message or JW325: archived and checked, never answered.
            m.setHeader(Exchange.HTTP_RESPONSE_CODE, 202);
            m.setHeader(Exchange.CONTENT_TYPE, "application/json");
            m.setBody("{\"berichtId\":" + v.berichtId() + ",\"uitkomst\":\"" + v.uitkomst() + "\"}");
        }
    }
}
