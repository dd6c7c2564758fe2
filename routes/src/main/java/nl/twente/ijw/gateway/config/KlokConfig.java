package nl.twente.ijw.gateway.config;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({GatewayProperties.class, IntakeProperties.class})
public class KlokConfig {

    /** One clock for the whole gateway, so tests can fix "today" (TR135, DagtekeningRetour). */
    @Bean
    Clock klok(GatewayProperties properties) {
        return Clock.system(properties.getTijdzone());
    }
}
