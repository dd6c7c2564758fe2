package nl.twente.ijw.gateway.inbound;

import nl.twente.ijw.gateway.archief.Aanlevering;
import nl.twente.ijw.gateway.archief.Uitkomst;
import nl.twente.ijw.gateway.fout.Foutrapport;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.platform.http.springboot.PlatformHttpMessage;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * {@code POST /ijw/berichten}: the retour as the response body (200) for every schema-valid
 * message, accepted or not; 422 with the schema error report; 400 for what is no message.
 * Size and content type are checked before the body is read ({@link BerichtGrootteFilter}).
 */
@Component
@ConditionalOnProperty(name = "ijw.kanalen", havingValue = "true", matchIfMissing = true)
public class HttpIntakeRoute extends RouteBuilder {

    private final Foutrapport foutrapport;

    public HttpIntakeRoute(Foutrapport foutrapport) {
        this.foutrapport = foutrapport;
    }

    @Override
    public void configure() {
        from("platform-http:/ijw/berichten?httpMethodRestrict=POST").routeId("intake-http")
                .routeConfigurationId(Foutafhandeling.HTTP)
                .process(this::aanlevering)
                .to(OntvangstRoute.ONTVANG)
                .process(this::antwoord);
    }

    /** The bytes as sent: UTF-8 is checked by the reader, not silently repaired on the way in. */
    private void aanlevering(Exchange exchange) {
        PlatformHttpMessage http = exchange.getIn(PlatformHttpMessage.class);
        byte[] inhoud = http == null ? null : (byte[]) http.getRequest().getAttribute(BerichtGrootteFilter.INHOUD);
        if (inhoud == null) {
            inhoud = exchange.getIn().getBody(byte[].class);
        }
        exchange.getIn().setBody(new Aanlevering(inhoud == null ? new byte[0] : inhoud, "http", null));
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
