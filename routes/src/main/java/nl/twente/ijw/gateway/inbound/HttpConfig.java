package nl.twente.ijw.gateway.inbound;

import nl.twente.ijw.gateway.config.GatewayProperties;
import nl.twente.ijw.gateway.fout.Foutrapport;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
public class HttpConfig {

    @Bean
    FilterRegistrationBean<BerichtGrootteFilter> berichtGrootteFilter(GatewayProperties properties, Foutrapport foutrapport) {
        var registratie = new FilterRegistrationBean<>(new BerichtGrootteFilter(properties, foutrapport));
        registratie.addUrlPatterns("/ijw/berichten");
        registratie.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registratie;
    }
}
