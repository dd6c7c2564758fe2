package nl.twente.ijw.gateway.beheer;

import nl.twente.ijw.gateway.levering.LeveringProperties;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** Runs the retention job every {@code ijw.levering.opruim-interval} on the serving gateway. */
@Component
@ConditionalOnProperty(name = "ijw.kanalen", havingValue = "true", matchIfMissing = true)
public class BewaringRoute extends RouteBuilder {

    private final LeveringProperties properties;

    public BewaringRoute(LeveringProperties properties) {
        this.properties = properties;
    }

    @Override
    public void configure() {
        fromF("timer:bewaring?period=%d&delay=60000", properties.getOpruimInterval().toMillis())
                .routeId("bewaring")
                .autoStartup(properties.isActief())
                .bean(Bewaring.class, "ruimOp");
    }
}
