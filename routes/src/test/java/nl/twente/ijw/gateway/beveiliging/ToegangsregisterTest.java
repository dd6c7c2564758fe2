package nl.twente.ijw.gateway.beveiliging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

class ToegangsregisterTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(BeveiligingProperties.class)
    @Import(Toegangsregister.class)
    static class Config {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Config.class);

    @Test
    void hetProfielDevKentDeVoorbeeldsleutels() {
        metProfiel("dev").run(context -> {
            Toegangsregister r = context.getBean(Toegangsregister.class);
            assertThat(r.voorSleutel("dev-monitor")).hasValue(new Toegang("dev-monitor", Set.of(Rol.MONITOR), null));
            assertThat(r.voorSleutel("dev-beheer")).hasValue(new Toegang("dev-beheer", Set.of(Rol.BEHEER), null));
            assertThat(r.voorSleutel("dev-afzender-0153"))
                    .hasValue(new Toegang("dev-afzender-0153", Set.of(Rol.SENDER), "0153"));
            assertThat(r.voorSleutel("dev-afzender-")).isEmpty();
            assertThat(r.voorSleutel("dev-afzender-01 53")).isEmpty();
            assertThat(r.voorSleutel("iets-anders")).isEmpty();
        });
    }

    @Test
    void buitenDevBestaanDeVoorbeeldsleutelsNiet() {
        metProfiel("productie").run(context -> {
            Toegangsregister r = context.getBean(Toegangsregister.class);
            assertThat(r.voorSleutel("dev-monitor")).isEmpty();
            assertThat(r.voorSleutel("dev-beheer")).isEmpty();
            assertThat(r.voorSleutel("dev-afzender-0153")).isEmpty();
        });
    }

    @Test
    void buitenDevWeigertHijTeStartenMetEenVoorbeeldOfKorteSleutel() {
        metProfiel("productie").withPropertyValues("ijw.beveiliging.api-sleutels.m.sleutel=dev-monitor",
                "ijw.beveiliging.api-sleutels.m.rollen=monitor").run(context ->
                assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("voorbeeldsleutel"));
        metProfiel("productie").withPropertyValues("ijw.beveiliging.api-sleutels.m.sleutel=kort-geheim",
                "ijw.beveiliging.api-sleutels.m.rollen=monitor").run(context ->
                assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("korter dan 24"));
        metProfiel("productie").withPropertyValues("ijw.beveiliging.api-sleutels.s.sleutel=een-lange-sleutel-voor-de-aanbieder",
                "ijw.beveiliging.api-sleutels.s.rollen=sender").run(context ->
                assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("geen afzender-code"));
        metProfiel("productie").withPropertyValues("ijw.beveiliging.api-sleutels.s.sleutel=een-lange-sleutel-voor-de-aanbieder",
                "ijw.beveiliging.api-sleutels.s.rollen=lezer").run(context ->
                assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("Onbekende rol 'lezer'"));
    }

    @Test
    void geconfigureerdeSleutelsGewoonOfAlsHash() {
        metProfiel("productie").withPropertyValues(
                "ijw.beveiliging.api-sleutels.aanbieder.sleutel=een-lange-sleutel-voor-de-aanbieder",
                "ijw.beveiliging.api-sleutels.aanbieder.rollen=sender",
                "ijw.beveiliging.api-sleutels.aanbieder.afzender=87654321",
                // sha256sum of "geheim-van-het-beheer-team-2026", computed with coreutils outside the code.
                "ijw.beveiliging.api-sleutels.beheer.sha256=" + SHA_BEHEER,
                "ijw.beveiliging.api-sleutels.beheer.rollen=beheer,monitor").run(context -> {
            Toegangsregister r = context.getBean(Toegangsregister.class);
            assertThat(r.voorSleutel("een-lange-sleutel-voor-de-aanbieder"))
                    .hasValue(new Toegang("aanbieder", Set.of(Rol.SENDER), "87654321"));
            assertThat(r.voorSleutel("geheim-van-het-beheer-team-2026"))
                    .hasValue(new Toegang("beheer", Set.of(Rol.BEHEER, Rol.MONITOR), null));
            assertThat(r.voorSleutel(SHA_BEHEER)).as("de hash zelf is geen sleutel").isEmpty();
        });
    }

    @Test
    void hetOnderwerpAttribuutVanEenCertificaat() {
        String onderwerp = "CN=aanbieder-87654321,OU=Jeugdhulp,O=Zorg BV,C=NL";
        assertThat(Toegangsregister.attribuut(onderwerp, "CN")).isEqualTo("aanbieder-87654321");
        assertThat(Toegangsregister.attribuut(onderwerp, "ou")).isEqualTo("Jeugdhulp");
        assertThat(Toegangsregister.attribuut(onderwerp, "SERIALNUMBER")).isNull();
    }

    private static final String SHA_BEHEER = "f95ab6cc4727cd334d8122b628a84a2f565c3a582f64cf0afd34b834c140b7a2";

    private ApplicationContextRunner metProfiel(String profiel) {
        return runner.withInitializer(context -> context.getEnvironment().setActiveProfiles(profiel));
    }
}
