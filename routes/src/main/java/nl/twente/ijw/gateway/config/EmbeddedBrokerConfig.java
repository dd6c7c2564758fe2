package nl.twente.ijw.gateway.config;

import nl.twente.ijw.gateway.beveiliging.BrokerBeveiliging;
import nl.twente.ijw.gateway.beveiliging.Brokergebruikers;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.jms.artemis.ArtemisConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded Artemis broker (Spring Boot's embedded mode) also listens on a TCP port on
 * loopback, so that outside JMS clients (provider systems, tests) can reach its queues. Every
 * client logs in ({@link BrokerBeveiliging}: each sender its own user, which may only send to the
 * intake and read its own retour queue), and the broker stamps each message with the user
 * that sent it ({@code _AMQ_VALIDATED_USER}), which the intake takes as the sender.
 */
@Configuration(proxyBeanMethods = false)
public class EmbeddedBrokerConfig {

    @Bean
    ArtemisConfigurationCustomizer tcpAcceptor(GatewayProperties properties) {
        return configuration -> {
            try {
                configuration.setSecurityEnabled(true);
                configuration.setPopulateValidatedUser(true);
                // No authentication cache: its key is name and password only, so a remote client
                // without either could otherwise be handed the gateway's own in-VM login.
                configuration.setAuthenticationCacheSize(0);
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

    /** Before the broker starts: logins and rights come from the gateway's register, not from JAAS. */
    @Bean
    static BeanPostProcessor brokerBeveiliging(ObjectProvider<Brokergebruikers> gebruikers) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String naam) {
                if (bean instanceof EmbeddedActiveMQ broker) {
                    broker.setSecurityManager(new BrokerBeveiliging(gebruikers.getObject()));
                }
                return bean;
            }
        };
    }
}
