package nl.twente.ijw.gateway.storingen;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.apache.camel.CamelContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * While the database is unreachable the queue and directory intakes pause instead of taking
 * message after message only to roll each back: the messages wait on the broker or in the
 * inbox. A check every {@code ijw.storingen.controle-interval} resumes them once the
 * database answers again; nothing needs a restart. The gauge {@code ijw.intake.gepauzeerd}
 * shows the pause.
 */
@Component
public class Intakepauze {

    /** The transacted intakes (JMS, directory); HTTP answers 503 instead. */
    static final List<String> ROUTES = List.of("intake-jms", "intake-map");

    private static final Logger LOG = LoggerFactory.getLogger(Intakepauze.class);

    private final CamelContext camel;
    private final DataSource dataSource;
    private final long intervalMs;
    private final AtomicBoolean gepauzeerd = new AtomicBoolean();
    private final ScheduledExecutorService planner = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "ijw-intakepauze");
        t.setDaemon(true);
        return t;
    });

    public Intakepauze(CamelContext camel, DataSource dataSource, StoringenProperties properties, MeterRegistry metrics) {
        this.camel = camel;
        this.dataSource = dataSource;
        this.intervalMs = properties.getControleInterval().toMillis();
        Gauge.builder("ijw.intake.gepauzeerd", gepauzeerd, g -> g.get() ? 1 : 0)
                .description("1 while the JMS and directory intakes wait for the database")
                .register(metrics);
    }

    /** The database did not answer a transacted intake: pause (once) until it does. */
    public void archiefOnbereikbaar() {
        if (gepauzeerd.compareAndSet(false, true)) {
            LOG.warn("Database onbereikbaar: de intake via JMS en map pauzeert tot de database weer antwoordt");
            // Not on the failing exchange's own thread: suspending waits for it to finish.
            planner.execute(this::pauzeer);
        }
    }

    public boolean isGepauzeerd() {
        return gepauzeerd.get();
    }

    private void pauzeer() {
        for (String route : ROUTES) {
            if (camel.getRoute(route) != null) {
                try {
                    camel.getRouteController().suspendRoute(route, 30, TimeUnit.SECONDS);
                } catch (Exception e) {
                    LOG.warn("Route {} niet te pauzeren: {}", route, e.toString());
                }
            }
        }
        planner.schedule(this::controleer, intervalMs, TimeUnit.MILLISECONDS);
    }

    private void controleer() {
        if (!bereikbaar()) {
            planner.schedule(this::controleer, intervalMs, TimeUnit.MILLISECONDS);
            return;
        }
        for (String route : ROUTES) {
            if (camel.getRoute(route) != null) {
                try {
                    camel.getRouteController().resumeRoute(route);
                } catch (Exception e) {
                    LOG.warn("Route {} niet te hervatten: {}", route, e.toString());
                }
            }
        }
        gepauzeerd.set(false);
        LOG.info("Database weer bereikbaar: de intake via JMS en map gaat verder");
    }

    private boolean bereikbaar() {
        try (Connection c = dataSource.getConnection()) {
            return c.isValid(2);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    @PreDestroy
    void stop() {
        planner.shutdownNow();
    }
}
