package nl.twente.ijw.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class ExterneDienstenPostProcessorTest {

    private static StandardEnvironment na(Map<String, Object> instellingen) {
        StandardEnvironment env = new StandardEnvironment();
        env.getPropertySources().addFirst(new MapPropertySource("test", instellingen));
        new ExterneDienstenPostProcessor().postProcessEnvironment(env, null);
        return env;
    }

    @Test
    void eenBrokerUrlBetekentNativeZonderEigenBroker() {
        StandardEnvironment env = na(Map.of("spring.artemis.broker-url", "tcp://mq.example:61616"));
        assertThat(env.getProperty("spring.artemis.mode")).isEqualTo("native");
        assertThat(env.getProperty("spring.artemis.embedded.enabled")).isEqualTo("false");
    }

    @Test
    void zonderBrokerUrlBlijftAllesIngebed() {
        StandardEnvironment env = na(Map.of("ijw.broker-port", "61617"));
        assertThat(env.getProperty("spring.artemis.mode")).isNull();
        assertThat(env.getProperty("spring.artemis.embedded.enabled")).isNull();
    }

    @Test
    void eenUitdrukkelijkeInstellingWint() {
        StandardEnvironment env = na(Map.of("spring.artemis.broker-url", "tcp://mq.example:61616",
                "spring.artemis.mode", "embedded"));
        assertThat(env.getProperty("spring.artemis.mode")).isEqualTo("embedded");
        assertThat(env.getProperty("spring.artemis.embedded.enabled")).isNull();

        env = na(Map.of("spring.artemis.broker-url", "tcp://mq.example:61616", "spring.artemis.embedded.enabled", "true"));
        assertThat(env.getProperty("spring.artemis.mode")).isEqualTo("native");
        assertThat(env.getProperty("spring.artemis.embedded.enabled")).isEqualTo("true");
    }
}
