package nl.twente.ijw.gateway.inbound;

import nl.twente.ijw.gateway.ontvangst.Ontvangst;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/** The one route every channel feeds: archive, read, judge, retour (see {@link Ontvangst}). */
@Component
public class OntvangstRoute extends RouteBuilder {

    public static final String ONTVANG = "direct:ontvang";

    @Override
    public void configure() {
        from(ONTVANG).routeId("ontvangst")
                .routeConfigurationId(Foutafhandeling.DOORGEVEN)
                .bean(Ontvangst.class, "verwerk");
    }
}
