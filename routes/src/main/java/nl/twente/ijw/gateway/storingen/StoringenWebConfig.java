package nl.twente.ijw.gateway.storingen;

import nl.twente.ijw.gateway.fout.Foutrapport;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
public class StoringenWebConfig {

    @Bean
    FilterRegistrationBean<NietGereedFilter> nietGereedFilter(ApplicationAvailability beschikbaarheid,
                                                              Foutrapport foutrapport, StoringenProperties properties) {
        var registratie = new FilterRegistrationBean<>(new NietGereedFilter(beschikbaarheid, foutrapport, properties));
        registratie.addUrlPatterns("/ijw/berichten");
        // Before the size check: a message that cannot be taken is not read at all.
        registratie.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        return registratie;
    }
}
