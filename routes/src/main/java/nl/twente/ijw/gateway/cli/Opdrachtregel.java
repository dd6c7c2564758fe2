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

    /**
     * Options named in {@code metWaarde} take the next argument as their value; an option whose
     * name has a dot ({@code --ijw.data-dir=DIR}) is a Spring property; any other option is unknown.
     *
     * @throws Hulp for {@code --help} or {@code -h}
     * @throws IllegalArgumentException for an unknown option or a missing value
     */
    public static Opdrachtregel lees(String[] args, Set<String> metWaarde) {
        Opdrachtregel r = new Opdrachtregel();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--help") || a.equals("-h")) {
                throw new Hulp();
            }
            String naam = a.startsWith("--") ? a.substring(2, a.contains("=") ? a.indexOf('=') : a.length()) : null;
            if (naam == null) {
                r.posities.add(a);
            } else if (metWaarde.contains(naam) && a.contains("=")) {
                r.opties.put(naam, a.substring(a.indexOf('=') + 1));
            } else if (metWaarde.contains(naam)) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(a + " verwacht een waarde");
                }
                r.opties.put(naam, args[++i]);
            } else if (isInstelling(naam)) {
                r.springArgumenten.add(a);
            } else {
                throw new IllegalArgumentException("onbekende optie " + a);
            }
        }
        return r;
    }

    /** Spring properties all have a dot in their name; Spring Boot's own switches are kept too. */
    static boolean isInstelling(String naam) {
        return naam.contains(".") || naam.equals("debug") || naam.equals("trace");
    }

    /**
     * The answer to a command line that ends before the tool starts: after {@code --help} the
     * usage on standard output and exit code 0, else the reason and the usage on standard error
     * and exit code 2.
     */
    public static int gebruik(String gebruik, RuntimeException reden) {
        if (reden instanceof Hulp) {
            System.out.println(gebruik);
            return 0;
        }
        return fout(gebruik, reden.getMessage());
    }

    /** A wrong command line: the reason and the usage on standard error, exit code 2. */
    public static int fout(String gebruik, String reden) {
        System.err.println(reden);
        System.err.println(gebruik);
        return 2;
    }

    /** {@code --help} or {@code -h} was given. */
    public static final class Hulp extends RuntimeException {
        Hulp() {
            super("--help", null, false, false);
        }
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
