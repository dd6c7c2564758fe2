package nl.twente.ijw.gateway.config;

import java.nio.charset.StandardCharsets;
import nl.twente.ijw.mapping.Pseudonimiseerder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class PseudonimiseringConfig {

    /** Shipped for development only; production sets its own regional key. */
    static final String VOORBEELDSLEUTEL = "voorbeeldsleutel-alleen-voor-ontwikkeling";

    private static final Logger LOG = LoggerFactory.getLogger(PseudonimiseringConfig.class);

    @Bean
    Pseudonimiseerder pseudonimiseerder(@Value("${ijw.pseudonimisering.sleutel:" + VOORBEELDSLEUTEL + "}") String sleutel) {
        if (VOORBEELDSLEUTEL.equals(sleutel)) {
            LOG.warn("De voorbeeldsleutel voor pseudonimisering is in gebruik; zet ijw.pseudonimisering.sleutel.");
        }
        return new Pseudonimiseerder(sleutel.getBytes(StandardCharsets.UTF_8));
    }
}
