package nl.twente.ijw.gateway.beveiliging;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The people who may use the login form. The {@code dev} profile (the default without
 * configuration) knows the example users {@code monitor}/{@code dev-monitor} and
 * {@code beheer}/{@code dev-beheer}; only their bcrypt hashes are here. Configured users
 * ({@code ijw.beveiliging.gebruikers}) carry a hash too; outside {@code dev} the gateway refuses
 * to start with a plain-text password or with the password of an example user, just as it
 * refuses the example API keys. Production normally signs people in with OpenID Connect.
 */
public class Gebruikersregister implements UserDetailsService {

    static final Map<String, String> DEV_GEBRUIKERS = Map.of(
            "monitor", "{bcrypt}$2a$10$FKHx/2MJW3VsRu2CUD4J1OTaFOmRzsQZUXc2P0qQwFqXeeKvAAbw6",
            "beheer", "{bcrypt}$2a$10$9PBQ5m2s7vToH3kJCCFK3eXYxoodlwtjM2ikj6iCUJghWYcL4Xcaa");
    private static final Set<String> DEV_WACHTWOORDEN = Set.of(Toegangsregister.DEV_MONITOR, Toegangsregister.DEV_BEHEER);

    private static final Logger LOG = LoggerFactory.getLogger(Gebruikersregister.class);

    private final PasswordEncoder hashes = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private final Map<String, UserDetails> gebruikers = new LinkedHashMap<>();

    public Gebruikersregister(BeveiligingProperties properties, Environment omgeving) {
        boolean dev = omgeving.acceptsProfiles(Profiles.of("dev"));
        if (dev) {
            DEV_GEBRUIKERS.forEach((naam, hash) -> gebruikers.put(naam, gebruiker(naam, hash, Set.of(Rol.van(naam)))));
        }
        properties.getGebruikers().forEach((naam, g) -> {
            String hash = g.getWachtwoord();
            if (hash == null || !hash.matches("\\{(bcrypt|argon2@SpringSecurity_v5_8|pbkdf2@SpringSecurity_v5_8|scrypt@SpringSecurity_v5_8)}.+")) {
                throw new IllegalStateException("Gebruiker '" + naam + "' heeft geen wachtwoord-hash als {bcrypt}$2a$… "
                        + "(ijw.beveiliging.gebruikers." + naam + ".wachtwoord).");
            }
            if (!dev && DEV_WACHTWOORDEN.stream().anyMatch(w -> hashes.matches(w, hash))) {
                throw new IllegalStateException("Gebruiker '" + naam + "' heeft het wachtwoord van een voorbeeldgebruiker; "
                        + "alleen het profiel dev staat dat toe.");
            }
            Set<Rol> rollen = g.getRollen().stream().map(Rol::van).collect(Collectors.toSet());
            if (rollen.isEmpty() || rollen.contains(Rol.SENDER)) {
                throw new IllegalStateException("Gebruiker '" + naam + "' heeft als rollen monitor en/of beheer nodig "
                        + "(ijw.beveiliging.gebruikers." + naam + ".rollen); sender is voor machines.");
            }
            gebruikers.put(naam, gebruiker(naam, hash, rollen));
        });
        if (dev) {
            LOG.warn("Profiel dev: de voorbeeldgebruikers monitor/dev-monitor en beheer/dev-beheer kunnen inloggen op /login.");
        }
    }

    /** True when the login form has someone to sign in. */
    public boolean heeftGebruikers() {
        return !gebruikers.isEmpty();
    }

    @Override
    public UserDetails loadUserByUsername(String naam) {
        UserDetails g = gebruikers.get(naam);
        if (g == null) {
            throw new UsernameNotFoundException("onbekende gebruiker");
        }
        // A copy: Spring Security erases the password of the instance it authenticated.
        return User.withUserDetails(g).build();
    }

    private static UserDetails gebruiker(String naam, String hash, Set<Rol> rollen) {
        return User.withUsername(naam).password(hash)
                .authorities(rollen.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList()).build();
    }
}
