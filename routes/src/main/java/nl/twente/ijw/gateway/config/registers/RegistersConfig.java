package nl.twente.ijw.gateway.config.registers;

import java.nio.file.Path;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.twente.ijw.mapping.Aanbiederregister;
import nl.twente.ijw.mapping.Gemeenteregister;
import nl.twente.ijw.mapping.Productcatalogus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The registers the external-source rules (TR378, TR381) and the facts read: the region's file
 * when configured, else the example shipped in the mapping module. A file that cannot be read
 * stops the start, so the gateway never judges messages against half a list.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RegisterProperties.class)
public class RegistersConfig {

    private static final Logger LOG = LoggerFactory.getLogger(RegistersConfig.class);

    @Bean
    Gemeenteregister gemeenteregister(RegisterProperties properties) {
        Gemeenteregister register = laad("gemeenten", properties.getGemeenten(), Gemeenteregister::uit, Gemeenteregister::standaard);
        LOG.info("Gemeenteregister: {} codeperioden", register.gemeenten().size());
        return register;
    }

    @Bean
    Productcatalogus productcatalogus(RegisterProperties properties) {
        Productcatalogus catalogus = laad("producten", properties.getProducten(), Productcatalogus::uit, Productcatalogus::standaard);
        LOG.info("Productcatalogus: {} regels", catalogus.producten().size());
        return catalogus;
    }

    @Bean
    Aanbiederregister aanbiederregister(RegisterProperties properties) {
        Aanbiederregister register = laad("aanbieders", properties.getAanbieders(), Aanbiederregister::uit, Aanbiederregister::standaard);
        LOG.info("Aanbiederregister: {} aanbieders", register.aanbieders().size());
        return register;
    }

    private static <T> T laad(String naam, Path bestand, Function<Path, T> uitBestand, Supplier<T> voorbeeld) {
        if (bestand == null) {
            LOG.warn("ijw.registers.{} is niet gezet: het meegeleverde VOORBEELD wordt gebruikt."
                    + " Zet het pad naar het bestand van de regio.", naam);
            return voorbeeld.get();
        }
        LOG.info("ijw.registers.{}: {}", naam, bestand.toAbsolutePath());
        return uitBestand.apply(bestand);
    }
}
