package nl.twente.ijw.gateway.storingen;

import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.springframework.boot.autoconfigure.jms.artemis.ArtemisConfigurationCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded broker's redelivery on the intake queue. A rolled-back message (database
 * away) comes again after a growing pause instead of at once, and goes to the dead-letter
 * queue {@code ijw.berichten.dlq} only after {@code max-afleverpogingen}: an outage of minutes
 * never empties the queue, and nothing is ever dropped. ops/artemis/start.sh gives a
 * standalone broker the same settings.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StoringenProperties.class)
public class StoringenConfig {

    public static final String INTAKE = "ijw.berichten.in";
    public static final String DLQ = "ijw.berichten.dlq";

    @Bean
    ArtemisConfigurationCustomizer herlevering(StoringenProperties p) {
        return configuration -> {
            configuration.addQueueConfiguration(QueueConfiguration.of(DLQ).setRoutingType(RoutingType.ANYCAST));
            configuration.addAddressSetting(INTAKE, new AddressSettings()
                    .setDeadLetterAddress(SimpleString.of(DLQ))
                    .setRedeliveryDelay(p.getHerleveringVertraging().toMillis())
                    .setRedeliveryMultiplier(p.getHerleveringFactor())
                    .setMaxRedeliveryDelay(p.getHerleveringMaxVertraging().toMillis())
                    .setMaxDeliveryAttempts(p.getMaxAfleverpogingen()));
        };
    }
}
