package nl.twente.ijw.gateway.beveiliging;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import nl.twente.ijw.gateway.archief.Archief;
import nl.twente.ijw.gateway.fout.Foutrapport;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The HTTP rules of issue 7 and the browser login of issue 12: who may call what. Two filter
 * chains. The pages for people ({@code /dashboard}, the login and logout, the OpenID Connect
 * callbacks, and reading {@code /api/indicatoren} which the dashboard links to) keep a session:
 * a browser without one is sent to the login, everything else gets a problem+json 401. All other
 * paths are for machines: stateless, an API key or client certificate per request. Paths, not
 * controllers, carry the rules, so an endpoint added under a guarded path is guarded from its
 * first line. Refusals to machines are problem details like every other error of the gateway.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BeveiligingProperties.class)
public class BeveiligingConfig {

    static final String AANMELDEN = "/login";
    static final String AFGEMELD = "/login?afgemeld";

    /** The pages and what they link to; the order puts this chain before the machines' catch-all. */
    static final RequestMatcher PAGINAS = new OrRequestMatcher(
            pad(null, "/dashboard"), pad(null, "/dashboard/**"), pad(null, "/login"), pad(null, "/login/**"),
            pad(null, "/logout"), pad(null, "/oauth2/**"), pad(HttpMethod.GET, "/api/indicatoren/**"));

    /** A browser navigating: it asks for HTML by name (a bare {@code *}{@code /*} is an API client such as curl). */
    static final RequestMatcher BROWSER = browser();

    @Bean
    @Order(1)
    @ConditionalOnWebApplication
    SecurityFilterChain paginas(HttpSecurity http, Toegangsregister register, Gebruikersregister gebruikers,
                                ObjectProvider<ClientRegistrationRepository> registraties, Foutrapport foutrapport,
                                BeveiligingProperties properties) throws Exception {
        ClientRegistrationRepository oidc = registraties.getIfAvailable();
        List<ClientRegistration> providers = Aanmeldpagina.providers(oidc);
        AuthenticationEntryPoint nietGeauthenticeerd = nietGeauthenticeerd(foutrapport);
        // One identity provider: straight to it (the dev users' form stays at /login); otherwise the login page.
        String ingang = providers.size() == 1
                ? "/oauth2/authorization/" + providers.get(0).getRegistrationId() : AANMELDEN;
        AccessDeniedHandler geenRecht = (request, response, e) -> {
            if (BROWSER.matches(request)) {
                response.setStatus(HttpStatus.FORBIDDEN.value());
                response.setContentType(MediaType.TEXT_HTML_VALUE);
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.getWriter().write(Aanmeldpagina.geenToegang(request, SecurityContextHolder.getContext().getAuthentication()));
            } else {
                geenRecht(foutrapport).handle(request, response, e);
            }
        };
        HttpSessionRequestCache terugNaAanmelden = new HttpSessionRequestCache();
        terugNaAanmelden.setRequestMatcher(new AndRequestMatcher(
                new OrRequestMatcher(pad(HttpMethod.GET, "/dashboard/**"), pad(HttpMethod.GET, "/api/indicatoren/**")), BROWSER));
        String monitor = Rol.MONITOR.name();
        String beheer = Rol.BEHEER.name();
        http.securityMatcher(PAGINAS)
                .httpBasic(b -> b.disable())
                .requestCache(c -> c.requestCache(terugNaAanmelden))
                // Sessions as Spring makes them: at login only. (Setting a creation policy here would add a
                // filter that stores every authentication, an API key's too, in a new session.)
                // A script may still read a page with its API key (no session, no cookie); certificates are for senders.
                .addFilterBefore(new AuthenticatieFilter(register, nietGeauthenticeerd, false), AnonymousAuthenticationFilter.class)
                .exceptionHandling(e -> e
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint(ingang), BROWSER)
                        .defaultAuthenticationEntryPointFor(nietGeauthenticeerd, request -> true)
                        .accessDeniedHandler(geenRecht))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessHandler(afgemeld(oidc)))
                .authorizeHttpRequests(a -> a
                        .dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR).permitAll()
                        .requestMatchers(AANMELDEN, "/login/**", "/oauth2/**", "/logout").permitAll()
                        .anyRequest().hasAnyRole(monitor, beheer));
        if (gebruikers.heeftGebruikers()) {
            http.formLogin(f -> f.loginPage(AANMELDEN).defaultSuccessUrl("/dashboard").failureUrl(AANMELDEN + "?fout"));
        }
        if (!providers.isEmpty()) {
            OidcRollen rollen = new OidcRollen(properties.getOidc());
            http.oauth2Login(o -> o.loginPage(AANMELDEN).defaultSuccessUrl("/dashboard").failureUrl(AANMELDEN + "?oidc-fout")
                    .userInfoEndpoint(u -> u.oidcUserService(rollen.gebruikersdienst())));
        }
        return http.build();
    }

    @Bean
    @Order(2)
    @ConditionalOnWebApplication
    SecurityFilterChain beveiliging(HttpSecurity http, Toegangsregister register, Foutrapport foutrapport, Archief archief)
            throws Exception {
        AuthenticationEntryPoint nietGeauthenticeerd = nietGeauthenticeerd(foutrapport);
        String monitor = Rol.MONITOR.name();
        String beheer = Rol.BEHEER.name();
        http.csrf(c -> c.disable())
                .httpBasic(b -> b.disable())
                .formLogin(f -> f.disable())
                .logout(l -> l.disable())
                .requestCache(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // The intake answers on another thread (Camel, asynchronously), so the security
                // headers go out before the request goes on, not after the chain returns, when that
                // thread may be writing the same response (Tomcat's headers then broke: one
                // request in 10,000 of the fuzz test got no answer).
                .headers(h -> h.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }))
                .addFilterBefore(new AuthenticatieFilter(register, nietGeauthenticeerd), AnonymousAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(nietGeauthenticeerd).accessDeniedHandler(geenRecht(foutrapport)))
                .authorizeHttpRequests(a -> a
                        // The intake answers asynchronously (Camel) and errors are rendered in a second
                        // dispatch: both belong to a request that was authorized on its way in.
                        .dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR).permitAll()
                        .requestMatchers("/error").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator", "/actuator/**").hasRole(beheer)
                        .requestMatchers("/ijw/berichten", "/ijw/berichten/**").hasRole(Rol.SENDER.name())
                        .requestMatchers("/api/trajecten", "/api/trajecten/**", "/api/indicatoren", "/api/indicatoren/**")
                                .hasAnyRole(monitor, beheer)
                        .requestMatchers("/api/beheer", "/api/beheer/**").hasRole(beheer)
                        .requestMatchers(HttpMethod.GET, "/api/berichten/{id}/rapport").access(rapportToegang(archief))
                        .anyRequest().hasRole(beheer));
        return http.build();
    }

    /** The login form's users; without any (production) the form is off and no default user is made. */
    @Bean
    Gebruikersregister gebruikersregister(BeveiligingProperties properties, Environment omgeving) {
        return new Gebruikersregister(properties, omgeving);
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

    private static AuthenticationEntryPoint nietGeauthenticeerd(Foutrapport foutrapport) {
        return (request, response, e) -> schrijf(response, foutrapport,
                HttpStatus.UNAUTHORIZED, "niet-geauthenticeerd", "Niet geauthenticeerd",
                "Stuur een geldige API-sleutel in de header X-Api-Key of verbind met een bekend clientcertificaat.");
    }

    private static AccessDeniedHandler geenRecht(Foutrapport foutrapport) {
        return (request, response, e) -> schrijf(response, foutrapport,
                HttpStatus.FORBIDDEN, "geen-toegang", "Geen toegang",
                "Deze sleutel of dit certificaat heeft niet de rol die " + request.getRequestURI() + " vraagt.");
    }

    /** After logout: the login page; after an OpenID Connect session, by way of the provider's logout too. */
    private static LogoutSuccessHandler afgemeld(ClientRegistrationRepository oidc) {
        if (oidc == null) {
            SimpleUrlLogoutSuccessHandler naarAanmelden = new SimpleUrlLogoutSuccessHandler();
            naarAanmelden.setDefaultTargetUrl(AFGEMELD);
            return naarAanmelden;
        }
        OidcClientInitiatedLogoutSuccessHandler viaProvider = new OidcClientInitiatedLogoutSuccessHandler(oidc);
        viaProvider.setPostLogoutRedirectUri("{baseUrl}" + AFGEMELD);
        viaProvider.setDefaultTargetUrl(AFGEMELD);
        return viaProvider;
    }

    private static RequestMatcher pad(HttpMethod methode, String patroon) {
        return PathPatternRequestMatcher.withDefaults().matcher(methode, patroon);
    }

    private static RequestMatcher browser() {
        MediaTypeRequestMatcher html = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
        html.setIgnoredMediaTypes(Set.of(MediaType.ALL));
        return html;
    }

    private static void schrijf(HttpServletResponse response, Foutrapport foutrapport, HttpStatus status, String soort,
                                String titel, String detail) throws IOException {
        foutrapport.schrijf(response, Foutrapport.probleem(status, soort, titel, detail));
    }
}
