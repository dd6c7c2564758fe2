package nl.twente.ijw.gateway.beveiliging;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.Supplier;
import nl.twente.ijw.gateway.archief.Archief;
import nl.twente.ijw.gateway.fout.Foutrapport;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * The HTTP rules of issue 7: who may call what. Paths, not controllers, carry the rules, so an
 * endpoint added under a guarded path is guarded from its first line. Refusals are problem
 * details like every other error of the gateway.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BeveiligingProperties.class)
public class BeveiligingConfig {

    @Bean
    @ConditionalOnWebApplication
    SecurityFilterChain beveiliging(HttpSecurity http, Toegangsregister register, Foutrapport foutrapport, Archief archief)
            throws Exception {
        AuthenticationEntryPoint nietGeauthenticeerd = (request, response, e) -> schrijf(response, foutrapport,
                HttpStatus.UNAUTHORIZED, "niet-geauthenticeerd", "Niet geauthenticeerd",
                "Stuur een geldige API-sleutel in de header X-Api-Key of verbind met een bekend clientcertificaat.");
        AccessDeniedHandler geenRecht = (request, response, e) -> schrijf(response, foutrapport,
                HttpStatus.FORBIDDEN, "geen-toegang", "Geen toegang",
                "Deze sleutel of dit certificaat heeft niet de rol die " + request.getRequestURI() + " vraagt.");
        String monitor = Rol.MONITOR.name();
        String beheer = Rol.BEHEER.name();
        http.csrf(c -> c.disable())
                .httpBasic(b -> b.disable())
                .formLogin(f -> f.disable())
                .logout(l -> l.disable())
                .requestCache(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new AuthenticatieFilter(register, nietGeauthenticeerd), AnonymousAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(nietGeauthenticeerd).accessDeniedHandler(geenRecht))
                .authorizeHttpRequests(a -> a
                        // The intake answers asynchronously (Camel) and errors are rendered in a second
                        // dispatch: both belong to a request that was authorized on its way in.
                        .dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR).permitAll()
                        .requestMatchers("/error").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator", "/actuator/**").hasRole(beheer)
                        .requestMatchers("/ijw/berichten", "/ijw/berichten/**").hasRole(Rol.SENDER.name())
                        .requestMatchers("/api/trajecten", "/api/trajecten/**", "/api/indicatoren", "/api/indicatoren/**",
                                "/dashboard", "/dashboard/**").hasAnyRole(monitor, beheer)
                        .requestMatchers("/api/beheer", "/api/beheer/**").hasRole(beheer)
                        .requestMatchers(HttpMethod.GET, "/api/berichten/{id}/rapport").access(rapportToegang(archief))
                        .anyRequest().hasRole(beheer));
        return http.build();
    }

    /** No user names or passwords: keeps Spring Boot from making a default user with a generated password. */
    @Bean
    UserDetailsService geenGebruikers() {
        return naam -> {
            throw new UsernameNotFoundException("de gateway kent geen gebruikersnamen");
        };
    }

    /** A report is for the sender of that message (by its Afzender or by who sent it in) and for beheer. */
    static AuthorizationManager<RequestAuthorizationContext> rapportToegang(Archief archief) {
        return (Supplier<Authentication> authenticatie, RequestAuthorizationContext context) -> {
            Authentication a = authenticatie.get();
            if (a == null || !(a.getPrincipal() instanceof Toegang t)) {
                return new AuthorizationDecision(false);
            }
            if (t.heeft(Rol.BEHEER)) {
                return new AuthorizationDecision(true);
            }
            if (!t.heeft(Rol.SENDER)) {
                return new AuthorizationDecision(false);
            }
            String id = context.getVariables().get("id");
            if (id == null || !id.matches("[0-9]{1,18}")) {
                return new AuthorizationDecision(false);
            }
            return new AuthorizationDecision(archief.afzenders(Long.parseLong(id)).contains(t.afzender()));
        };
    }

    private static void schrijf(HttpServletResponse response, Foutrapport foutrapport, HttpStatus status, String soort,
                                String titel, String detail) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.setStatus(status.value());
        response.setContentType(Foutrapport.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(foutrapport.alsJson(Foutrapport.probleem(status, soort, titel, detail)));
    }
}
