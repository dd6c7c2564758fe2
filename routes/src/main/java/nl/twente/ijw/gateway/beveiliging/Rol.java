package nl.twente.ijw.gateway.beveiliging;

import java.util.Locale;

/** The roles of issue 7: a sender posts messages, a monitor reads, beheer operates. */
public enum Rol {
    SENDER, MONITOR, BEHEER;

    /** As configured: {@code sender}, {@code monitor}, {@code beheer} (any case). */
    public static Rol van(String naam) {
        try {
            return valueOf(naam.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Onbekende rol '" + naam + "'; kies uit sender, monitor, beheer.");
        }
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
