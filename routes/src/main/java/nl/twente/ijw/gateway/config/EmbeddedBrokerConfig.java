package nl.twente.ijw.gateway.config;

import org.springframework.boot.autoconfigure.jms.artemis.ArtemisConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded Artemis broker (Spring Boot's embedded mode) also listens on a TCP port on
 * loopback, so that outside JMS clients (provider systems, tests) can reach its queues.
 */
@Configuration(proxyBeanMethods = false)
public class EmbeddedBrokerConfig {

    @Bean
    ArtemisConfigurationCustomizer tcpAcceptor(GatewayProperties properties) {
        return configuration -> {
            try {
                configuration.addAcceptorConfiguration("tcp", "tcp://127.0.0.1:" + properties.getBrokerPort());
                configuration.setJournalDirectory(properties.getDataDir().resolve("artemis/journal").toString());
                configuration.setBindingsDirectory(properties.getDataDir().resolve("artemis/bindings").toString());
                configuration.setLargeMessagesDirectory(properties.getDataDir().resolve("artemis/large").toString());
                configuration.setPagingDirectory(properties.getDataDir().resolve("artemis/paging").toString());
            } catch (Exception e) {
                throw new IllegalStateException("Artemis-acceptor kan niet worden ingesteld", e);
            }
        };
    }
}
