package nl.twente.ijw.gateway.inbound;

import nl.twente.ijw.gateway.config.GatewayProperties;
import nl.twente.ijw.gateway.config.IntakeProperties;
import nl.twente.ijw.gateway.fout.Foutrapport;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import io.micrometer.core.instrument.MeterRegistry;

@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
public class HttpConfig {

    @Bean
    FilterRegistrationBean<Intaketoelating> intaketoelating(IntakeProperties properties, Foutrapport foutrapport,
            MeterRegistry meters) {
        var registratie = new FilterRegistrationBean<>(new Intaketoelating(properties, foutrapport, meters));
        registratie.addUrlPatterns("/ijw/berichten");
        // After authentication (a caller without a key takes no place), before the body is read.
        registratie.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 5);
        return registratie;
    }

    @Bean
    FilterRegistrationBean<BerichtGrootteFilter> berichtGrootteFilter(GatewayProperties properties, Foutrapport foutrapport) {
        var registratie = new FilterRegistrationBean<>(new BerichtGrootteFilter(properties, foutrapport));
        registratie.addUrlPatterns("/ijw/berichten");
        // After authentication: the body of a caller without a valid key or certificate is never read.
        registratie.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 10);
        return registratie;
    }
}
