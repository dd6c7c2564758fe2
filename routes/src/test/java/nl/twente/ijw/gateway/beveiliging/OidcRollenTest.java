package nl.twente.ijw.gateway.beveiliging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** Issue 12: roles from written-out ID token claims, as a provider would send them. */
class OidcRollenTest {

    private static OidcRollen mapper(String claim, Map<String, List<String>> rollen) {
        BeveiligingProperties.Oidc oidc = new BeveiligingProperties.Oidc();
        oidc.setRollenClaim(claim);
        oidc.setRollen(rollen);
        return new OidcRollen(oidc);
    }

    private static final OidcRollen GROEPEN = mapper("groups",
            Map.of("monitor", List.of("ijw-monitor", "beleid-jeugd"), "beheer", List.of("ijw-beheer")));

    @Test
    void eenGroepGeeftZijnRol() {
        assertThat(GROEPEN.rollen(Map.of("sub", "a1", "groups", List.of("iedereen", "beleid-jeugd")))).containsExactly(Rol.MONITOR);
        assertThat(GROEPEN.rollen(Map.of("groups", List.of("ijw-beheer", "ijw-monitor")))).containsExactlyInAnyOrder(Rol.MONITOR, Rol.BEHEER);
    }

    @Test
    void zonderBekendeGroepGeenRol() {
        assertThat(GROEPEN.rollen(Map.of("sub", "a1"))).isEmpty();
        assertThat(GROEPEN.rollen(Map.of("groups", List.of("IJW-MONITOR", "ijw-monitor-test", "sender")))).isEmpty();
        assertThat(GROEPEN.rollen(Map.of("groups", 42))).isEmpty();
    }

    @Test
    void eenGeneestePadEnEenTekstclaim() {
        OidcRollen keycloak = mapper("realm_access.roles", Map.of("beheer", List.of("gateway-beheer")));
        assertThat(keycloak.rollen(Map.of("realm_access", Map.of("roles", List.of("offline_access", "gateway-beheer")))))
                .containsExactly(Rol.BEHEER);
        assertThat(keycloak.rollen(Map.of("realm_access", "gateway-beheer"))).isEmpty();
        OidcRollen tekst = mapper("roles", Map.of("monitor", List.of("ijw-monitor")));
        assertThat(tekst.rollen(Map.of("roles", "ijw-x ijw-monitor"))).containsExactly(Rol.MONITOR);
    }

    @Test
    void senderKanNietViaOidc() {
        assertThatThrownBy(() -> mapper("groups", Map.of("sender", List.of("aanbieders"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("sender is voor machines");
        assertThatThrownBy(() -> mapper("groups", Map.of("baas", List.of("x"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Onbekende rol 'baas'");
    }

    /** The user service as Spring calls it after the token exchange (no user-info endpoint: the ID token alone). */
    @Test
    void deGebruikersdienstZetDeRollenEnDeNaam() {
        ClientRegistration regio = ClientRegistration.withRegistrationId("regio").clientId("ijw-gateway")
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE).redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid").authorizationUri("https://idp.example.org/authorize").tokenUri("https://idp.example.org/token")
                .jwkSetUri("https://idp.example.org/jwks").userNameAttributeName("sub").build();
        Instant nu = Instant.parse("2026-12-07T12:00:00Z");
        OidcIdToken idToken = new OidcIdToken("id-token", nu, nu.plusSeconds(300), Map.of(
                "iss", "https://idp.example.org", "sub", "7f3a", "aud", List.of("ijw-gateway"),
                "preferred_username", "j.jansen", "groups", List.of("beleid-jeugd")));
        OAuth2AccessToken toegang = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "toegang", nu, nu.plusSeconds(300),
                Set.of("openid"));

        OidcUser gebruiker = GROEPEN.gebruikersdienst().loadUser(new OidcUserRequest(regio, toegang, idToken));
        assertThat(gebruiker.getName()).isEqualTo("j.jansen");
        assertThat(gebruiker.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_MONITOR");

        OidcIdToken zonderNaam = new OidcIdToken("id-token", nu, nu.plusSeconds(300), Map.of("sub", "7f3a", "groups", List.of("x")));
        OidcUser anoniem = GROEPEN.gebruikersdienst().loadUser(new OidcUserRequest(regio, toegang, zonderNaam));
        assertThat(anoniem.getName()).isEqualTo("7f3a");
        assertThat(anoniem.getAuthorities()).isEmpty();
    }
}
