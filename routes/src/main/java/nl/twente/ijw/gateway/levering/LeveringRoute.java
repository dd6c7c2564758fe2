package nl.twente.ijw.gateway.levering;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import nl.twente.ijw.gateway.archief.Archief;
import nl.twente.ijw.gateway.inbound.Foutafhandeling;
import nl.twente.ijw.gateway.ontvangst.Correlatie;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Delivers what {@link Afleverplanning} planned. A timer starts a round; a round claims the
 * due deliveries, sends each to its addressee's channel and marks it delivered, or schedules
 * the next attempt (doubling back-off), or after the last attempt makes it a dead letter. A
 * round repeats while it delivered something (the next message of that addressee is then due),
 * so a backlog drains without waiting for the timer.
 *
 * <p>Every channel carries the stable key {@code <berichttype>-<Afzender>-<Identificatie>},
 * so a second attempt after a crash (delivered, but not yet marked) leaves one copy: JMS as
 * {@code _AMQ_DUPL_ID} (Artemis duplicate detection), HTTP as {@code Idempotency-Key}, a
 * directory as the file name (written under a hidden temporary name and renamed; an existing
 * file is kept).
 */
@Component
@ConditionalOnProperty(name = "ijw.kanalen", havingValue = "true", matchIfMissing = true)
public class LeveringRoute extends RouteBuilder {

    /** One delivery round; tests call it directly instead of waiting for the timer. */
    public static final String RONDE = "direct:levering-ronde";
    static final String STUUR = "direct:levering-stuur";

    static final int MAX_HERHALINGEN = 100;

    private static final Logger LOG = LoggerFactory.getLogger(LeveringRoute.class);
    private static final String OPDRACHT = "ijwOpdracht";
    private static final String KANAAL = "ijwKanaal";
    private static final String KANAALSOORT = "ijwKanaalSoort";
    private static final String AFGELEVERD = "ijwAfgeleverd";

    private final Afleveringen afleveringen;
    private final Routeringstabel tabel;
    private final Archief archief;
    private final HttpAflevering http;
    private final LeveringProperties properties;
    private final MeterRegistry metrics;

    public LeveringRoute(Afleveringen afleveringen, Routeringstabel tabel, Archief archief, HttpAflevering http,
                         LeveringProperties properties, MeterRegistry metrics) {
        this.afleveringen = afleveringen;
        this.tabel = tabel;
        this.archief = archief;
        this.http = http;
        this.properties = properties;
        this.metrics = metrics;
    }

    @Override
    public void configure() {
        fromF("timer:levering?period=%d&delay=%d", properties.getInterval().toMillis(), properties.getInterval().toMillis())
                .routeId("levering-timer")
                .autoStartup(properties.isActief())
                .to(RONDE);

        from(RONDE).routeId("levering-ronde")
                .setProperty(AFGELEVERD, () -> new AtomicInteger(1))
                .loopDoWhile(this::doorgaan)
                    .process(e -> e.getProperty(AFGELEVERD, AtomicInteger.class).set(0))
                    .process(e -> e.getMessage().setBody(afleveringen.claim()))
                    .split(body())
                        .doTry()
                            .process(this::bereidVoor)
                            .to(STUUR)
                            .process(this::afgeleverd)
                        .doCatch(Exception.class)
                            .process(this::mislukt)
                        .end()
                    .end()
                .end();

        // Sends one prepared delivery to its channel; a failure goes back to the round's doCatch.
        from(STUUR).routeId("levering-stuur")
                .routeConfigurationId(Foutafhandeling.DOORGEVEN)
                .choice()
                    .when(exchangeProperty(KANAALSOORT).isEqualTo("JMS"))
                        .toD("jms:queue:${header.ijwAdres}?deliveryPersistent=true&disableReplyTo=true")
                    .when(exchangeProperty(KANAALSOORT).isEqualTo("HTTP"))
                        .process(e -> http.lever(e.getProperty(KANAAL, Kanaal.class).adres(),
                                e.getProperty(OPDRACHT, Afleveropdracht.class), e.getMessage().getBody(byte[].class)))
                    .otherwise()
                        .toD("file:${header.ijwAdres}?tempPrefix=.ijw-deel-&fileExist=Ignore&autoCreate=true")
                .end();
    }

    /** Another round while the last one delivered something, up to a bound. */
    private boolean doorgaan(Exchange e) {
        int index = e.getProperty(Exchange.LOOP_INDEX, 0, Integer.class);
        return e.getProperty(AFGELEVERD, AtomicInteger.class).get() > 0 && index < MAX_HERHALINGEN;
    }

    private void bereidVoor(Exchange e) {
        Afleveropdracht opdracht = e.getMessage().getBody(Afleveropdracht.class);
        Correlatie.van(opdracht.berichtId(), opdracht.identificatie());
        e.setProperty(OPDRACHT, opdracht);
        Message m = e.getMessage();
        m.removeHeaders("*");
        Kanaal kanaal = tabel.kanaal(opdracht.ontvanger());
        e.setProperty(KANAAL, kanaal);
        e.setProperty(KANAALSOORT, kanaal.soort().name());
        byte[] inhoud = archief.inhoud(opdracht.berichtId())
                .orElseThrow(() -> new IllegalStateException("de inhoud van bericht " + opdracht.berichtId() + " ontbreekt"));
        m.setHeader("ijwAdres", kanaal.adres());
        switch (kanaal.soort()) {
            case JMS -> {
                m.setBody(new String(inhoud, StandardCharsets.UTF_8));
                m.setHeader("_AMQ_DUPL_ID", opdracht.sleutel());
                m.setHeader("IjwSleutel", opdracht.sleutel());
                m.setHeader("IjwBerichtId", opdracht.berichtId());
                m.setHeader("IjwBerichttype", opdracht.berichttype());
                m.setHeader("IjwAfzender", opdracht.afzender());
                m.setHeader("IjwOntvanger", opdracht.ontvanger());
                m.setHeader("IjwIdentificatie", opdracht.identificatie());
            }
            case MAP -> {
                m.setBody(inhoud);
                m.setHeader(Exchange.FILE_NAME, opdracht.sleutel() + ".xml");
            }
            case HTTP -> m.setBody(inhoud);
        }
    }

    private void afgeleverd(Exchange e) {
        Afleveropdracht opdracht = e.getProperty(OPDRACHT, Afleveropdracht.class);
        Kanaal kanaal = e.getProperty(KANAAL, Kanaal.class);
        try (Correlatie ignored = Correlatie.van(opdracht.berichtId(), opdracht.identificatie())) {
            afleveringen.afgeleverd(opdracht.id(), kanaal.toString());
            e.getProperty(AFGELEVERD, AtomicInteger.class).incrementAndGet();
            metrics.counter("ijw.leveringen", "soort", opdracht.soort(), "uitkomst", "AFGELEVERD",
                    "kanaal", kanaal.soort().name()).increment();
            LOG.info("bericht {} ({}) afgeleverd aan {} via {} (poging {})", opdracht.berichtId(), opdracht.berichttype(),
                    opdracht.ontvanger(), kanaal, opdracht.poging());
        }
    }

    private void mislukt(Exchange e) {
        Afleveropdracht opdracht = e.getProperty(OPDRACHT, Afleveropdracht.class);
        Kanaal kanaal = e.getProperty(KANAAL, Kanaal.class);
        Exception fout = e.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        String reden = fout == null ? null : fout.getMessage() == null ? fout.getClass().getSimpleName()
                : fout.getClass().getSimpleName() + ": " + fout.getMessage();
        try (Correlatie ignored = Correlatie.van(opdracht.berichtId(), opdracht.identificatie())) {
            String status = afleveringen.mislukt(opdracht.id(), opdracht.poging(), kanaal == null ? null : kanaal.toString(), reden);
            metrics.counter("ijw.leveringen", "soort", opdracht.soort(), "uitkomst",
                    Afleveringen.DOOD.equals(status) ? "DOOD" : "MISLUKT",
                    "kanaal", kanaal == null ? "ONBEKEND" : kanaal.soort().name()).increment();
            if (Afleveringen.DOOD.equals(status)) {
                LOG.error("bericht {} ({}) aan {} na {} pogingen niet afgeleverd, nu een dode brief (aflevering {}): {}",
                        opdracht.berichtId(), opdracht.berichttype(), opdracht.ontvanger(), opdracht.poging(), opdracht.id(), reden);
            } else {
                LOG.warn("bericht {} ({}) aan {}: poging {} mislukt, volgt over {}: {}", opdracht.berichtId(),
                        opdracht.berichttype(), opdracht.ontvanger(), opdracht.poging(),
                        properties.wachttijdNa(opdracht.poging()), reden);
            }
        }
    }
}
