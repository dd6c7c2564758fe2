package nl.twente.ijw.gateway.inbound;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
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
 * The directory {@code <data-dir>/inbox}, one folder per sender: a file in {@code inbox/<code>/}
 * is sent by {@code <code>} (the folder's file permissions are its authentication, see
 * ops/RUNBOOK.md), so its Afzender must be {@code <code>} or it is archived as GEWEIGERD, as
 * HTTP answers 403. A processed file is removed from the inbox (the archive holds it,
 * encrypted, so no child's data lingers on disk); its retour is written to
 * {@code outbox/<code>/<name>.retour.xml}. A file that breaks its schema, is no message or is
 * refused moves to {@code error/<code>/} with the report or reason beside it. A file directly
 * in {@code inbox/} (or in a folder that is no sender code) has no known sender: it is not
 * processed and moves to {@code error/} with a reason.
 */
@Component
@ConditionalOnProperty(name = "ijw.kanalen", havingValue = "true", matchIfMissing = true)
public class MapIntakeRoute extends RouteBuilder {

    private static final Pattern AFZENDER_MAP = Pattern.compile("([A-Za-z0-9]{1,20})/[^/]+");
    private static final String PAD = "ijwPad";
    private static final String NAAM = "ijwNaam";
    private static final String INHOUD = "ijwInhoud";
    private static final String AFZENDER = "ijwAfzender";

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
        // maxDepth=2: inbox/ itself and the senders' folders, nothing deeper.
        fromF("file:%s?recursive=true&maxDepth=2&delete=true&readLock=changed&readLockCheckInterval=200"
                        + "&readLockMinLength=0&delay=%d",
                properties.inbox().toAbsolutePath(), properties.getInboxInterval())
                .routeId("intake-map")
                .routeConfigurationId(Foutafhandeling.TRANSACTIONEEL)
                .process(this::aanlevering)
                .filter(exchangeProperty(AFZENDER).isNull())
                    .setHeader(Exchange.FILE_NAME, simple("${exchangeProperty." + NAAM + "}.error.txt"))
                    .setBody(constant(("Het bestand staat niet in de map van een afzender (inbox/<afzendercode>/), dus de "
                            + "afzender is onbekend. Het is niet verwerkt; zet het in de map van zijn afzender."
                            + System.lineSeparator()).getBytes(StandardCharsets.UTF_8)))
                    .to(error)
                    .process(this::origineel)
                    .to(error)
                    .stop()
                .end()
                .to(OntvangstRoute.ONTVANG)
                .choice()
                    .when(simple("${body.heeftRetour}"))
                        .setHeader(Exchange.FILE_NAME, simple("${exchangeProperty." + NAAM + "}.retour.xml"))
                        .setBody(simple("${body.retour}"))
                        .to("file:" + properties.outbox().toAbsolutePath())
                    .when(simple("${body.uitkomst} in 'SCHEMAFOUT,GEEN_BERICHT,GEWEIGERD'"))
                        .process(this::uitleg)
                        .to(error)
                        .process(this::origineel)
                        .to(error)
                .end();
    }

    /** The sender is the folder the file lies in; the outputs take its path under inbox/ (without {@code .xml}). */
    private void aanlevering(Exchange e) {
        String pad = e.getIn().getHeader(Exchange.FILE_NAME, String.class).replace('\\', '/');
        byte[] inhoud = e.getIn().getBody(byte[].class);
        var map = AFZENDER_MAP.matcher(pad);
        String afzender = map.matches() ? map.group(1) : null;
        e.setProperty(PAD, pad);
        e.setProperty(NAAM, pad.endsWith(".xml") ? pad.substring(0, pad.length() - 4) : pad);
        e.setProperty(INHOUD, inhoud);
        e.setProperty(AFZENDER, afzender);
        e.getIn().setBody(new Aanlevering(inhoud, "map", pad, afzender));
    }

    /** The file itself, under its own path, beside its report in error/. */
    private void origineel(Exchange e) {
        e.getMessage().setHeader(Exchange.FILE_NAME, e.getProperty(PAD));
        e.getMessage().setBody(e.getProperty(INHOUD));
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
