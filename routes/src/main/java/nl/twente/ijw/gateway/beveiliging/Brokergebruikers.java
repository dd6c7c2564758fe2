package nl.twente.ijw.gateway.beveiliging;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * The users of the embedded broker ({@code ijw.beveiliging.broker-gebruikers}), with the rules
 * of the API keys: a password is kept only as its SHA-256, and outside the {@code dev} profile
 * an example or short password refuses the start. The {@code dev} profile knows the users
 * {@code afzender-<code>} (password {@code dev-afzender-<code>}), {@code monitor}
 * ({@code dev-monitor}) and {@code beheer} ({@code dev-beheer}), matching the dev API keys.
 */
@Component
public class Brokergebruikers {

    /** A sender's user name in the dev profile, and the name of its broker role: {@code afzender-<code>}. */
    public static final String AFZENDER = "afzender-";
    private static final Pattern NAAM = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Pattern AFZENDER_CODE = Pattern.compile("[A-Za-z0-9]{1,20}");
    private static final int MINIMALE_LENGTE = 24;

    private record Gebruiker(String sha256, Toegang toegang) {
    }

    private final Map<String, Gebruiker> perNaam = new HashMap<>();
    private final boolean dev;

    public Brokergebruikers(BeveiligingProperties properties, Environment omgeving) {
        this.dev = omgeving.acceptsProfiles(Profiles.of("dev"));
        properties.getBrokerGebruikers().forEach((naam, g) -> {
            String waar = "Brokergebruiker '" + naam + "' (ijw.beveiliging.broker-gebruikers." + naam + ")";
            if (!NAAM.matcher(naam).matches()) {
                throw new IllegalStateException(waar + ": een naam is 1 tot 64 letters, cijfers, '.', '_' of '-'.");
            }
            Set<Rol> rollen = g.getRollen().stream().map(Rol::van).collect(Collectors.toSet());
            if (rollen.isEmpty()) {
                throw new IllegalStateException(waar + " heeft geen rollen.");
            }
            if (g.getAfzender() != null && !AFZENDER_CODE.matcher(g.getAfzender()).matches()) {
                throw new IllegalStateException(waar + ": de afzender is een code van 1 tot 20 letters of cijfers.");
            }
            String hash;
            if (g.getWachtwoord() != null && !g.getWachtwoord().isBlank()) {
                if (!dev && (g.getWachtwoord().startsWith("dev-") || g.getWachtwoord().length() < MINIMALE_LENGTE)) {
                    throw new IllegalStateException(waar + " heeft een voorbeeldwachtwoord of een wachtwoord korter dan "
                            + MINIMALE_LENGTE + " tekens; alleen het profiel dev staat dat toe.");
                }
                hash = Toegangsregister.sha256(g.getWachtwoord());
            } else if (g.getSha256() != null && g.getSha256().matches("[0-9a-fA-F]{64}")) {
                hash = g.getSha256().toLowerCase(Locale.ROOT);
            } else {
                throw new IllegalStateException(waar + " heeft geen wachtwoord en geen sha256 (64 hextekens).");
            }
            if (!dev && (hash.equals(Toegangsregister.sha256(Toegangsregister.DEV_MONITOR))
                    || hash.equals(Toegangsregister.sha256(Toegangsregister.DEV_BEHEER))
                    || hash.equals(Toegangsregister.sha256(Toegangsregister.DEV_AFZENDER + g.getAfzender())))) {
                throw new IllegalStateException(waar + " heeft een voorbeeldwachtwoord; alleen het profiel dev staat dat toe.");
            }
            perNaam.put(naam, new Gebruiker(hash,
                    new Toegang(naam, rollen, rollen.contains(Rol.SENDER) ? g.getAfzender() : null)));
        });
    }

    /** Who logs in with this name and password, if both are right. */
    public Optional<Toegang> aanmelding(String naam, String wachtwoord) {
        if (naam == null || wachtwoord == null || wachtwoord.length() > 512) {
            return Optional.empty();
        }
        Gebruiker g = perNaam.get(naam);
        if (g != null) {
            boolean juist = MessageDigest.isEqual(Toegangsregister.sha256(wachtwoord).getBytes(StandardCharsets.US_ASCII),
                    g.sha256().getBytes(StandardCharsets.US_ASCII));
            return juist ? Optional.of(g.toegang()) : Optional.empty();
        }
        return devGebruiker(naam).filter(t -> wachtwoord.equals(devWachtwoord(t)));
    }

    /**
     * The user the broker already validated (a message's {@code _AMQ_VALIDATED_USER}), if known.
     * A name {@code afzender-<code>} that is not configured here is sender {@code <code>}: the
     * users of an external broker, which keeps their passwords itself (docs/beveiliging.md).
     */
    public Optional<Toegang> gebruiker(String naam) {
        if (naam == null) {
            return Optional.empty();
        }
        Gebruiker g = perNaam.get(naam);
        if (g != null) {
            return Optional.of(g.toegang());
        }
        Optional<Toegang> devGebruiker = devGebruiker(naam);
        return devGebruiker.isPresent() ? devGebruiker : afzenderVolgensNaam(naam);
    }

    private static Optional<Toegang> afzenderVolgensNaam(String naam) {
        String code = naam.startsWith(AFZENDER) ? naam.substring(AFZENDER.length()) : "";
        return AFZENDER_CODE.matcher(code).matches() ? Optional.of(new Toegang(naam, Set.of(Rol.SENDER), code))
                : Optional.empty();
    }

    private Optional<Toegang> devGebruiker(String naam) {
        if (!dev) {
            return Optional.empty();
        }
        if ("monitor".equals(naam)) {
            return Optional.of(new Toegang(naam, Set.of(Rol.MONITOR), null));
        }
        if ("beheer".equals(naam)) {
            return Optional.of(new Toegang(naam, Set.of(Rol.BEHEER), null));
        }
        return afzenderVolgensNaam(naam);
    }

    private static String devWachtwoord(Toegang t) {
        return t.afzender() != null ? Toegangsregister.DEV_AFZENDER + t.afzender()
                : t.heeft(Rol.BEHEER) ? Toegangsregister.DEV_BEHEER : Toegangsregister.DEV_MONITOR;
    }
}
