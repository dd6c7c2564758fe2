package nl.twente.ijw.gateway.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.twente.ijw.gateway.GatewayApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Splits a tool's own arguments from Spring properties ({@code --x.y=z}) and starts the
 * application without its channels, web server or broker, logging to standard error so that
 * standard output carries only the tool's result.
 */
public final class Opdrachtregel {

    final List<String> posities = new ArrayList<>();
    final Map<String, String> opties = new HashMap<>();
    final List<String> springArgumenten = new ArrayList<>();

    private Opdrachtregel() {
    }

    /** Options named in {@code metWaarde} take the next argument as their value. */
    public static Opdrachtregel lees(String[] args, Set<String> metWaarde) {
        Opdrachtregel r = new Opdrachtregel();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.startsWith("--") && a.contains("=")) {
                String naam = a.substring(2, a.indexOf('='));
                if (metWaarde.contains(naam)) {
                    r.opties.put(naam, a.substring(a.indexOf('=') + 1));
                } else {
                    r.springArgumenten.add(a);
                }
            } else if (a.startsWith("--") && metWaarde.contains(a.substring(2))) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(a + " verwacht een waarde");
                }
                r.opties.put(a.substring(2), args[++i]);
            } else if (a.startsWith("--")) {
                r.springArgumenten.add(a);
            } else {
                r.posities.add(a);
            }
        }
        return r;
    }

    /** Arguments that are not options, in order. */
    public List<String> posities() {
        return List.copyOf(posities);
    }

    /** The value of a tool option named in {@code metWaarde}, or the default. */
    public String optie(String naam, String standaard) {
        return opties.getOrDefault(naam, standaard);
    }

    public ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(GatewayApplication.class)
                .web(WebApplicationType.NONE)
                .properties(
                        "ijw.log-doel=System.err",
                        "logging.level.root=WARN",
                        "ijw.kanalen=false",
                        "spring.artemis.embedded.enabled=false",
                        "spring.main.banner-mode=off",
                        "spring.jmx.enabled=false")
                .run(springArgumenten.toArray(String[]::new));
    }
}
