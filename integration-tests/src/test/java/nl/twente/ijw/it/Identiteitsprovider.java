package nl.twente.ijw.it;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * A real OpenID Connect provider for {@link LoginIT}: Spring Authorization Server in the test's
 * JVM on a free port, with Spring Security's own login form. One client, {@code ijw-gateway},
 * whose redirect and post-logout URIs point at the gateway once its port is known; two people:
 * {@code beleid} in group {@code beleid-jeugd} (the gateway maps it to monitor) and
 * {@code stagiair} in no group. The ID token carries {@code groups} and {@code preferred_username}.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
class Identiteitsprovider {

    static final String CLIENT_ID = "ijw-gateway";
    static final String CLIENT_GEHEIM = "test-geheim-van-de-gateway";
    static final String WACHTWOORD = "test-wachtwoord";
    static final Map<String, List<String>> GROEPEN = Map.of("beleid", List.of("beleid-jeugd"), "stagiair", List.of());

    /** The gateway's base URL (http://127.0.0.1:port), set once the gateway runs. */
    static final AtomicReference<String> GATEWAY = new AtomicReference<>("http://127.0.0.1:1");
    private static final String ID = UUID.randomUUID().toString();

    /** Starts the provider with issuer http://localhost:port (another host name than the gateway's, so cookies stay apart). */
    static ConfigurableApplicationContext start(int poort) {
        return new SpringApplicationBuilder(Identiteitsprovider.class)
                .properties(Map.of(
                        "server.port", poort,
                        "spring.main.banner-mode", "off",
                        "spring.application.name", "test-identiteitsprovider",
                        "spring.security.oauth2.authorizationserver.issuer", "http://localhost:" + poort,
                        "logging.level.org.springframework.security", "INFO"))
                .run();
    }

    @Bean
    RegisteredClientRepository clients() {
        return new RegisteredClientRepository() {
            @Override
            public void save(RegisteredClient registeredClient) {
                // The provider re-saves a client after upgrading its secret's hash; this one is rebuilt on every lookup.
            }

            @Override
            public RegisteredClient findById(String id) {
                return ID.equals(id) ? gateway() : null;
            }

            @Override
            public RegisteredClient findByClientId(String clientId) {
                return CLIENT_ID.equals(clientId) ? gateway() : null;
            }
        };
    }

    private static RegisteredClient gateway() {
        return RegisteredClient.withId(ID).clientId(CLIENT_ID).clientSecret("{noop}" + CLIENT_GEHEIM)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(GATEWAY.get() + "/login/oauth2/code/regio")
                .postLogoutRedirectUri(GATEWAY.get() + "/login?afgemeld")
                .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
                .build();
    }

    @Bean
    UserDetailsService mensen() {
        return new InMemoryUserDetailsManager(GROEPEN.keySet().stream()
                .map(naam -> User.withUsername(naam).password("{noop}" + WACHTWOORD).roles("MENS").build()).toList());
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> groepenInHetIdToken() {
        return context -> {
            if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                String naam = context.getPrincipal().getName();
                context.getClaims().claim("preferred_username", naam).claim("groups", GROEPEN.getOrDefault(naam, List.of()));
            }
        };
    }

    /** For the logout endpoint: it ends the provider session the ID token names. */
    @Bean
    SessionRegistry sessies() {
        return new SessionRegistryImpl();
    }

    @Bean
    HttpSessionEventPublisher sessiegebeurtenissen() {
        return new HttpSessionEventPublisher();
    }
}
