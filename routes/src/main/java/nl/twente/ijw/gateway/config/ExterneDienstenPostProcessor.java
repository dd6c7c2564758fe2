package nl.twente.ijw.gateway.config;

import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * One property switches to an external broker: a {@code spring.artemis.broker-url} alone
 * means native mode, unless the mode is set explicitly, and no embedded broker. Without the
 * latter every instance would still start an idle broker of its own on {@code ijw.broker-port}
 * (61616 by default), so a second instance on the same host, or an external broker there on its
 * default port, would meet a port already taken.
 */
public class ExterneDienstenPostProcessor implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        Map<String, Object> afgeleid = new HashMap<>();
        if (env.containsProperty("spring.artemis.broker-url") && !env.containsProperty("spring.artemis.mode")) {
            afgeleid.put("spring.artemis.mode", "native");
        }
        if (env.containsProperty("spring.artemis.broker-url")
                && !"embedded".equalsIgnoreCase(env.getProperty("spring.artemis.mode", ""))
                && !env.containsProperty("spring.artemis.embedded.enabled")) {
            afgeleid.put("spring.artemis.embedded.enabled", "false");
        }
        if (!afgeleid.isEmpty()) {
            env.getPropertySources().addLast(new MapPropertySource("ijw-afgeleid", afgeleid));
        }
    }
}
