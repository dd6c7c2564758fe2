package nl.twente.ijw.gateway.inbound;

import nl.twente.ijw.gateway.ontvangst.Groepsontvangst;
import nl.twente.ijw.gateway.ontvangst.Ontvangst;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * The one route every channel feeds: archive, read, judge, retour (see {@link Ontvangst}). The
 * channels whose senders wait (HTTP, JMS) share batches with one commit ({@link Groepsontvangst});
 * the inbox and the import bring their own transaction.
 */
@Component
public class OntvangstRoute extends RouteBuilder {

    public static final String ONTVANG = "direct:ontvang";
    public static final String ONTVANG_IN_GROEP = "direct:ontvang-in-groep";

    @Override
    public void configure() {
        from(ONTVANG).routeId("ontvangst")
                .routeConfigurationId(Foutafhandeling.DOORGEVEN)
                .bean(Ontvangst.class, "verwerk");

        from(ONTVANG_IN_GROEP).routeId("ontvangst-in-groep")
                .routeConfigurationId(Foutafhandeling.DOORGEVEN)
                .bean(Groepsontvangst.class, "ontvang");
    }
}
