package nl.twente.ijw.gateway.beveiliging;

import static org.apache.activemq.artemis.core.security.CheckType.BROWSE;
import static org.apache.activemq.artemis.core.security.CheckType.CONSUME;
import static org.apache.activemq.artemis.core.security.CheckType.CREATE_ADDRESS;
import static org.apache.activemq.artemis.core.security.CheckType.CREATE_DURABLE_QUEUE;
import static org.apache.activemq.artemis.core.security.CheckType.CREATE_NON_DURABLE_QUEUE;
import static org.apache.activemq.artemis.core.security.CheckType.DELETE_ADDRESS;
import static org.apache.activemq.artemis.core.security.CheckType.MANAGE;
import static org.apache.activemq.artemis.core.security.CheckType.SEND;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The broker users of the register and the rights of their roles (issue 12 §3). */
class BrokerBeveiligingTest {

    /** sha256sum of "wachtwoord-van-de-gemeente-0363", computed with coreutils outside the code. */
    private static final String SHA_0363 = "d33bea23812dd0a4d8417b2c772494619208f0c2a689f856191304cf77c2ee9a";
    private static final Set<String> AFZENDER_0363 = Set.of("afzender-0363");

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(BeveiligingProperties.class)
    @Import(Brokergebruikers.class)
    static class Config {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Config.class);

    @Test
    void eenAfzenderStuurtNaarDeIntakeEnLeestAlleenZijnEigenRetourQueue() {
        assertThat(BrokerBeveiliging.mag(AFZENDER_0363, SEND, "ijw.berichten.in")).isTrue();
        assertThat(BrokerBeveiliging.mag(AFZENDER_0363, CONSUME, "ijw.retour.0363")).isTrue();
        assertThat(BrokerBeveiliging.mag(AFZENDER_0363, CONSUME, "ijw.retour.0363::ijw.retour.0363")).isTrue();
        assertThat(BrokerBeveiliging.mag(AFZENDER_0363, CREATE_DURABLE_QUEUE, "ijw.retour.0363")).isTrue();
        assertThat(BrokerBeveiliging.mag(AFZENDER_0363, CONSUME, "ijw.retour.0153")).isFalse();
        assertThat(BrokerBeveiliging.mag(AFZENDER_0363, BROWSE, "ijw.retour.03630")).isFalse();
        assertThat(BrokerBeveiliging.mag(AFZENDER_0363, CONSUME, "ijw.berichten.in")).isFalse();
        assertThat(BrokerBeveiliging.mag(AFZENDER_0363, SEND, "ijw.retour.0363")).isFalse();
        assertThat(BrokerBeveiliging.mag(AFZENDER_0363, SEND, "ijw.aan.0363")).isFalse();
        assertThat(BrokerBeveiliging.mag(AFZENDER_0363, CONSUME, "ijw.aan.0363")).isFalse();
        assertThat(BrokerBeveiliging.mag(AFZENDER_0363, CONSUME, "ijw.berichten.geweigerd")).isFalse();
        assertThat(BrokerBeveiliging.mag(AFZENDER_0363, CONSUME, "ijw.trajecten")).isFalse();
        assertThat(BrokerBeveiliging.mag(AFZENDER_0363, MANAGE, "activemq.management")).isFalse();
        assertThat(BrokerBeveiliging.mag(AFZENDER_0363, SEND, "activemq.management")).isFalse();
    }

    @Test
    void eenAfzenderMaaktEnLeestTijdelijkeQueuesVoorJmsReplyTo() {
        String tijdelijk = "3f1c9a52-7d0e-4b8a-9c61-0a2b3c4d5e6f";
        assertThat(BrokerBeveiliging.mag(AFZENDER_0363, CREATE_ADDRESS, tijdelijk)).isTrue();
        assertThat(BrokerBeveiliging.mag(AFZENDER_0363, CREATE_NON_DURABLE_QUEUE, tijdelijk + "::" + tijdelijk)).isTrue();
        assertThat(BrokerBeveiliging.mag(AFZENDER_0363, CONSUME, tijdelijk)).isTrue();
        assertThat(BrokerBeveiliging.mag(AFZENDER_0363, DELETE_ADDRESS, tijdelijk)).isTrue();
        assertThat(BrokerBeveiliging.mag(AFZENDER_0363, SEND, tijdelijk)).isFalse();
        assertThat(BrokerBeveiliging.mag(AFZENDER_0363, CREATE_NON_DURABLE_QUEUE, "ijw.aan.0153::" + tijdelijk))
                .as("a temporary queue on another address").isFalse();
    }

    @Test
    void monitorVolgtAlleenHetTopicEnBeheerMagAlles() {
        Set<String> monitor = Set.of("monitor");
        assertThat(BrokerBeveiliging.mag(monitor, CREATE_NON_DURABLE_QUEUE, "ijw.trajecten::4a5b")).isTrue();
        assertThat(BrokerBeveiliging.mag(monitor, CONSUME, "ijw.trajecten")).isTrue();
        assertThat(BrokerBeveiliging.mag(monitor, SEND, "ijw.trajecten")).isFalse();
        assertThat(BrokerBeveiliging.mag(monitor, SEND, "ijw.berichten.in")).isFalse();
        assertThat(BrokerBeveiliging.mag(Set.of("beheer"), MANAGE, "activemq.management")).isTrue();
        assertThat(BrokerBeveiliging.mag(Set.of("beheer"), CONSUME, "ijw.aan.0153")).isTrue();
        assertThat(BrokerBeveiliging.mag(Set.of(), SEND, "ijw.berichten.in")).isFalse();
    }

    @Test
    void hetProfielDevKentDeVoorbeeldgebruikers() {
        metProfiel("dev").run(context -> {
            Brokergebruikers g = context.getBean(Brokergebruikers.class);
            assertThat(g.aanmelding("afzender-0153", "dev-afzender-0153"))
                    .hasValue(new Toegang("afzender-0153", Set.of(Rol.SENDER), "0153"));
            assertThat(g.aanmelding("afzender-0153", "dev-afzender-0363")).isEmpty();
            assertThat(g.aanmelding("monitor", "dev-monitor")).hasValue(new Toegang("monitor", Set.of(Rol.MONITOR), null));
            assertThat(g.aanmelding("beheer", "dev-beheer")).hasValue(new Toegang("beheer", Set.of(Rol.BEHEER), null));
            assertThat(g.aanmelding("beheer", "dev-monitor")).isEmpty();
            assertThat(g.aanmelding(null, null)).isEmpty();
            assertThat(BrokerBeveiliging.rollen(g.aanmelding("afzender-0153", "dev-afzender-0153").orElseThrow()))
                    .containsExactly("afzender-0153");
        });
    }

    @Test
    void buitenDevAlleenGeconfigureerdeGebruikersEnGeenVoorbeeldwachtwoorden() {
        metProfiel("productie").withPropertyValues(
                "ijw.beveiliging.broker-gebruikers.gemeente-0363.sha256=" + SHA_0363,
                "ijw.beveiliging.broker-gebruikers.gemeente-0363.rollen=sender",
                "ijw.beveiliging.broker-gebruikers.gemeente-0363.afzender=0363").run(context -> {
            Brokergebruikers g = context.getBean(Brokergebruikers.class);
            assertThat(g.aanmelding("gemeente-0363", "wachtwoord-van-de-gemeente-0363"))
                    .hasValue(new Toegang("gemeente-0363", Set.of(Rol.SENDER), "0363"));
            assertThat(g.aanmelding("gemeente-0363", SHA_0363)).as("de hash zelf is geen wachtwoord").isEmpty();
            assertThat(g.aanmelding("afzender-0153", "dev-afzender-0153")).isEmpty();
            assertThat(g.aanmelding("beheer", "dev-beheer")).isEmpty();
            assertThat(g.gebruiker("gemeente-0363")).hasValue(new Toegang("gemeente-0363", Set.of(Rol.SENDER), "0363"));
            assertThat(g.gebruiker("afzender-0153")).as("a user of an external broker, by its name")
                    .hasValue(new Toegang("afzender-0153", Set.of(Rol.SENDER), "0153"));
            assertThat(g.gebruiker("ijw")).isEmpty();
        });
        metProfiel("productie").withPropertyValues("ijw.beveiliging.broker-gebruikers.a.wachtwoord=dev-afzender-0363",
                "ijw.beveiliging.broker-gebruikers.a.rollen=sender", "ijw.beveiliging.broker-gebruikers.a.afzender=0363")
                .run(context -> assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("voorbeeldwachtwoord"));
        metProfiel("productie").withPropertyValues("ijw.beveiliging.broker-gebruikers.a.wachtwoord=kort",
                "ijw.beveiliging.broker-gebruikers.a.rollen=sender", "ijw.beveiliging.broker-gebruikers.a.afzender=0363")
                .run(context -> assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("korter dan 24"));
        metProfiel("productie").withPropertyValues("ijw.beveiliging.broker-gebruikers.a.sha256=" + SHA_0363,
                "ijw.beveiliging.broker-gebruikers.a.rollen=sender")
                .run(context -> assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("geen afzender-code"));
    }

    private ApplicationContextRunner metProfiel(String profiel) {
        return runner.withInitializer(context -> context.getEnvironment().setActiveProfiles(profiel));
    }
}
