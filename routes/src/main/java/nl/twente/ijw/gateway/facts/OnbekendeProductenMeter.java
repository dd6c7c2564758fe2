package nl.twente.ijw.gateway.facts;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * Micrometer meter {@code ijw.trajecten.onbekende.productcode}: the number of current
 * trajectories whose product code the catalogue does not know (segment from the category
 * default). A gauge, read from the facts when scraped, not a counter: the number falls again
 * when the region's catalogue gains the code, and a rebuild must not count anything twice.
 */
@Component
public class OnbekendeProductenMeter {

    public static final String NAAM = "ijw.trajecten.onbekende.productcode";

    public OnbekendeProductenMeter(MeterRegistry registry, TrajectLezer lezer) {
        Gauge.builder(NAAM, lezer, l -> l.onbekendeProducten().stream()
                        .mapToLong(TrajectLezer.OnbekendProduct::aantalTrajecten).sum())
                .description("Trajecten met een productcode die niet in de productcatalogus staat (categoriestandaard gebruikt)")
                .baseUnit("trajecten")
                .register(registry);
    }
}
