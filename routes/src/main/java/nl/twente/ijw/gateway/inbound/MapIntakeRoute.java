package nl.twente.ijw.gateway.inbound;

import java.nio.charset.StandardCharsets;
import nl.twente.ijw.gateway.archief.Aanlevering;
import nl.twente.ijw.gateway.archief.Uitkomst;
import nl.twente.ijw.gateway.config.GatewayProperties;
import nl.twente.ijw.gateway.fout.Foutrapport;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The directory {@code <data-dir>/inbox}. A processed file is removed from the inbox (the
 * archive holds it, encrypted, so no child's data lingers on disk); its retour is written to
 * {@code <data-dir>/outbox/<name>.retour.xml}. A file that breaks its schema or is no message
 * moves to {@code <data-dir>/error/} with the report or reason beside it.
 */
@Component
@ConditionalOnProperty(name = "ijw.kanalen", havingValue = "true", matchIfMissing = true)
public class MapIntakeRoute extends RouteBuilder {

    private static final String NAAM = "ijwNaam";
    private static final String INHOUD = "ijwInhoud";

    private final GatewayProperties properties;
    private final Foutrapport foutrapport;

    public MapIntakeRoute(GatewayProperties properties, Foutrapport foutrapport) {
        this.properties = properties;
        this.foutrapport = foutrapport;
    }

    @Override
    public void configure() {
        String error = "file:" + properties.error().toAbsolutePath();
        // readLockMinLength=0: an empty file is input too, and gets its answer in error/.
        fromF("file:%s?delete=true&readLock=changed&readLockCheckInterval=200&readLockMinLength=0&delay=%d",
                properties.inbox().toAbsolutePath(), properties.getInboxInterval())
                .routeId("intake-map")
                .routeConfigurationId(Foutafhandeling.TRANSACTIONEEL)
                .process(this::aanlevering)
                .to(OntvangstRoute.ONTVANG)
                .choice()
                    .when(simple("${body.heeftRetour}"))
                        .setHeader(Exchange.FILE_NAME, simple("${exchangeProperty." + NAAM + "}.retour.xml"))
                        .setBody(simple("${body.retour}"))
                        .to("file:" + properties.outbox().toAbsolutePath())
                    .when(simple("${body.uitkomst} == 'SCHEMAFOUT' || ${body.uitkomst} == 'GEEN_BERICHT'"))
                        .process(this::uitleg)
                        .to(error)
                        .setHeader(Exchange.FILE_NAME, header(Exchange.FILE_NAME_ONLY))
                        .setBody(exchangeProperty(INHOUD))
                        .to(error)
                .end();
    }

    private void aanlevering(Exchange e) {
        String bestand = e.getIn().getHeader(Exchange.FILE_NAME_ONLY, String.class);
        byte[] inhoud = e.getIn().getBody(byte[].class);
        e.setProperty(NAAM, bestand.endsWith(".xml") ? bestand.substring(0, bestand.length() - 4) : bestand);
        e.setProperty(INHOUD, inhoud);
        e.getIn().setBody(new Aanlevering(inhoud, "map", bestand));
    }

    /** The report beside the refused file: {@code <name>.fout.json} or {@code <name>.error.txt}. */
    private void uitleg(Exchange e) {
        Verwerking v = e.getMessage().getBody(Verwerking.class);
        String naam = e.getProperty(NAAM, String.class);
        if (v.uitkomst() == Uitkomst.SCHEMAFOUT) {
            e.getMessage().setHeader(Exchange.FILE_NAME, naam + ".fout.json");
            e.getMessage().setBody(foutrapport.alsJson(foutrapport.schemafouten(v)));
        } else {
            e.getMessage().setHeader(Exchange.FILE_NAME, naam + ".error.txt");
            e.getMessage().setBody((v.reden() + System.lineSeparator()).getBytes(StandardCharsets.UTF_8));
        }
    }
}
