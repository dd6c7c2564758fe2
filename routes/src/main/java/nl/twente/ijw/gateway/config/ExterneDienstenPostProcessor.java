package nl.twente.ijw.gateway.config;

import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * One property switches to an external broker: a {@code spring.artemis.broker-url} alone
 * means native mode, unless the mode is set explicitly.
 */
public class ExterneDienstenPostProcessor implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        Map<String, Object> afgeleid = new HashMap<>();
        if (env.containsProperty("spring.artemis.broker-url") && !env.containsProperty("spring.artemis.mode")) {
            afgeleid.put("spring.artemis.mode", "native");
        }
        if (!afgeleid.isEmpty()) {
            env.getPropertySources().addLast(new MapPropertySource("ijw-afgeleid", afgeleid));
        }
    }
}
