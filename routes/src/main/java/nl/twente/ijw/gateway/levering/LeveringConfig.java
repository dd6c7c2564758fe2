package nl.twente.ijw.gateway.levering;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * The delivery settings and the two gauges operators watch: the backlog (deliveries waiting,
 * including those in back-off) and the dead letters (waiting for an operator).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LeveringProperties.class)
public class LeveringConfig {

    public LeveringConfig(MeterRegistry metrics, Afleveringen afleveringen) {
        // Read from the database at every scrape: the numbers hold for all instances together.
        Gauge.builder("ijw.levering.achterstand", afleveringen, a -> a.aantal(Afleveringen.OPEN))
                .description("Afleveringen die nog wachten (ook die in back-off)")
                .register(metrics);
        Gauge.builder("ijw.levering.dood", afleveringen, a -> a.aantal(Afleveringen.DOOD))
                .description("Dode brieven: afleveringen die na de laatste poging op een beheerder wachten")
                .register(metrics);
    }
}
