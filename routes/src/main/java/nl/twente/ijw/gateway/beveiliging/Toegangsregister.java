package nl.twente.ijw.gateway.beveiliging;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Maps an API key or a client certificate to a {@link Toegang}. Keys are kept only as their
 * SHA-256, so a heap dump or a log line never holds one. The {@code dev} profile (the default
 * without configuration) knows the example keys {@code dev-monitor}, {@code dev-beheer} and
 * {@code dev-afzender-<code>}; any other profile refuses to start when such a key is configured.
 */
@Component
public class Toegangsregister {

    static final String DEV_MONITOR = "dev-monitor";
    static final String DEV_BEHEER = "dev-beheer";
    static final String DEV_AFZENDER = "dev-afzender-";
    /** Afzender codes are gemeentecodes (4 digits) and AGB codes (8 digits); a little room for others. */
    private static final Pattern AFZENDER_CODE = Pattern.compile("[A-Za-z0-9]{1,20}");
    private static final int MINIMALE_LENGTE = 24;

    private static final Logger LOG = LoggerFactory.getLogger(Toegangsregister.class);

    private final Map<String, Toegang> perHash = new HashMap<>();
    private final Map<String, String> certificaten = new HashMap<>();
    private final String certificaatAttribuut;
    private final boolean dev;

    public Toegangsregister(BeveiligingProperties properties, Environment omgeving) {
        this.dev = omgeving.acceptsProfiles(Profiles.of("dev"));
        this.certificaatAttribuut = properties.getCertificaatAttribuut().trim();
        properties.getApiSleutels().forEach((naam, s) -> {
            Set<Rol> rollen = s.getRollen().stream().map(Rol::van).collect(Collectors.toSet());
            if (rollen.isEmpty()) {
                throw new IllegalStateException("API-sleutel '" + naam + "' heeft geen rollen (ijw.beveiliging.api-sleutels."
                        + naam + ".rollen).");
            }
            String hash;
            if (s.getSleutel() != null && !s.getSleutel().isBlank()) {
                if (!dev && (s.getSleutel().startsWith("dev-") || s.getSleutel().length() < MINIMALE_LENGTE)) {
                    throw new IllegalStateException("API-sleutel '" + naam + "' is een voorbeeldsleutel of korter dan "
                            + MINIMALE_LENGTE + " tekens; alleen het profiel dev staat dat toe.");
                }
                hash = sha256(s.getSleutel());
            } else if (s.getSha256() != null && s.getSha256().matches("[0-9a-fA-F]{64}")) {
                hash = s.getSha256().toLowerCase(Locale.ROOT);
            } else {
                throw new IllegalStateException("API-sleutel '" + naam + "' heeft geen sleutel en geen sha256 (64 hextekens).");
            }
            if (!dev && (hash.equals(sha256(DEV_MONITOR)) || hash.equals(sha256(DEV_BEHEER)))) {
                throw new IllegalStateException("API-sleutel '" + naam + "' is een voorbeeldsleutel; alleen het profiel dev staat die toe.");
            }
            if (perHash.put(hash, new Toegang(naam, rollen, s.getAfzender())) != null) {
                throw new IllegalStateException("API-sleutel '" + naam + "' komt twee keer voor.");
            }
        });
        for (BeveiligingProperties.Certificaat c : properties.getCertificaten()) {
            if (c.getOnderwerp() == null || c.getAfzender() == null || !AFZENDER_CODE.matcher(c.getAfzender()).matches()) {
                throw new IllegalStateException("ijw.beveiliging.certificaten: elk certificaat heeft een onderwerp en een afzender-code.");
            }
            certificaten.put(c.getOnderwerp(), c.getAfzender());
        }
        if (dev) {
            LOG.warn("Profiel dev: de voorbeeld-API-sleutels dev-monitor, dev-beheer en dev-afzender-<code> zijn geldig.");
        }
    }

    /** The caller behind an API key, if the key is known. */
    public Optional<Toegang> voorSleutel(String sleutel) {
        if (sleutel == null || sleutel.isEmpty() || sleutel.length() > 512) {
            return Optional.empty();
        }
        Toegang geconfigureerd = perHash.get(sha256(sleutel));
        if (geconfigureerd != null) {
            return Optional.of(geconfigureerd);
        }
        if (dev) {
            if (DEV_MONITOR.equals(sleutel)) {
                return Optional.of(new Toegang(DEV_MONITOR, Set.of(Rol.MONITOR), null));
            }
            if (DEV_BEHEER.equals(sleutel)) {
                return Optional.of(new Toegang(DEV_BEHEER, Set.of(Rol.BEHEER), null));
            }
            if (sleutel.startsWith(DEV_AFZENDER)) {
                String code = sleutel.substring(DEV_AFZENDER.length());
                if (AFZENDER_CODE.matcher(code).matches()) {
                    return Optional.of(new Toegang(sleutel, Set.of(Rol.SENDER), code));
                }
            }
        }
        return Optional.empty();
    }

    /** The sender a (chain-verified) client certificate stands for, if its subject is configured. */
    public Optional<Toegang> voorCertificaat(X509Certificate certificaat) {
        String waarde = attribuut(certificaat.getSubjectX500Principal().getName(), certificaatAttribuut);
        if (waarde == null) {
            return Optional.empty();
        }
        String afzender = certificaten.get(waarde);
        return afzender == null ? Optional.empty()
                : Optional.of(new Toegang("certificaat " + waarde, Set.of(Rol.SENDER), afzender));
    }

    static String attribuut(String onderwerp, String naam) {
        try {
            for (Rdn rdn : new LdapName(onderwerp).getRdns()) {
                if (rdn.getType().equalsIgnoreCase(naam)) {
                    return String.valueOf(rdn.getValue());
                }
            }
            return null;
        } catch (InvalidNameException e) {
            return null;
        }
    }

    static String sha256(String tekst) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(tekst.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
