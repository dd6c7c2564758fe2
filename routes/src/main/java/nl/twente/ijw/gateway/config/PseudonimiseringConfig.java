package nl.twente.ijw.gateway.config;

import java.nio.charset.StandardCharsets;
import nl.twente.ijw.mapping.Pseudonimiseerder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * The regional pseudonymisation key. A development instance (profile {@code dev}, the default
 * without configuration) may use the shipped example key; any other instance refuses to start
 * without a key of its own, because pseudonyms made with a published key can be reversed by
 * anyone who tries all BSNs.
 */
@Configuration(proxyBeanMethods = false)
public class PseudonimiseringConfig {

    /** Shipped for development only; production sets its own regional key. */
    static final String VOORBEELDSLEUTEL = "voorbeeldsleutel-alleen-voor-ontwikkeling";

    private static final Logger LOG = LoggerFactory.getLogger(PseudonimiseringConfig.class);

    @Bean
    Pseudonimiseerder pseudonimiseerder(@Value("${ijw.pseudonimisering.sleutel:}") String sleutel, Environment omgeving) {
        if (sleutel.isBlank() || VOORBEELDSLEUTEL.equals(sleutel)) {
            if (!omgeving.acceptsProfiles(Profiles.of("dev"))) {
                throw new IllegalStateException("Geen eigen sleutel voor pseudonimisering: zet ijw.pseudonimisering.sleutel "
                        + "(minstens 32 bytes). Alleen het profiel dev mag de voorbeeldsleutel gebruiken.");
            }
            LOG.warn("De voorbeeldsleutel voor pseudonimisering is in gebruik (profiel dev); zet ijw.pseudonimisering.sleutel.");
            sleutel = VOORBEELDSLEUTEL;
        }
        return new Pseudonimiseerder(sleutel.getBytes(StandardCharsets.UTF_8));
    }
}
