package nl.twente.ijw.gateway.levering;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The routing table: which channel an addressee (AGB code or municipality code) gets. Read at
 * start; a line that names no valid channel, or an addressee twice, stops the start.
 */
@Component
public class Routeringstabel {

    /** Codes as the header carries them: LDT_Gemeente (4 digits) or LDT_AgbCode (8 digits). */
    private static final Pattern CODE = Pattern.compile("[0-9]{4}|[0-9]{8}");

    private final Map<String, Kanaal> routes = new HashMap<>();
    private final String standaard;

    public Routeringstabel(LeveringProperties properties) {
        for (LeveringProperties.Route r : properties.getRoutes()) {
            String code = r.getOntvanger() == null ? "" : r.getOntvanger().strip();
            if (!CODE.matcher(code).matches()) {
                throw new IllegalStateException("ijw.levering.routes: ontvanger '" + r.getOntvanger()
                        + "' is geen gemeentecode (4 cijfers) of AGB-code (8 cijfers)");
            }
            Kanaal kanaal;
            try {
                kanaal = Kanaal.van(r.getKanaal());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("ijw.levering.routes voor " + code + ": " + e.getMessage(), e);
            }
            if (routes.put(code, kanaal) != null) {
                throw new IllegalStateException("ijw.levering.routes: ontvanger " + code + " staat er twee keer in");
            }
        }
        standaard = properties.getStandaardKanaal();
        // Fails at start when the default itself is malformed.
        Kanaal.van(standaard.replace("{ontvanger}", "00000000"));
    }

    /** The channel of this addressee: its route, or the default with its code filled in. */
    public Kanaal kanaal(String ontvanger) {
        Kanaal k = routes.get(ontvanger);
        return k != null ? k : Kanaal.van(standaard.replace("{ontvanger}", ontvanger));
    }
}
