package nl.twente.ijw.gateway.beveiliging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 12 §2, the browser login in the dev profile with an OpenID Connect client configured
 * (its endpoints written out, so nothing is fetched): a browser is sent to the provider, an
 * API client gets problem+json; the dev users sign in with the form at /login; login and logout need the
 * CSRF token; the session cookie's attributes over real HTTP.
 */
@CamelSpringBootTest
@AutoConfigureMockMvc
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ijw.data-dir=target/test-data/aanmelden", "ijw.broker-port=0", "spring.artemis.embedded.persistent=false",
        "spring.security.oauth2.client.registration.regio.client-id=ijw-gateway",
        "spring.security.oauth2.client.registration.regio.client-secret=test-geheim",
        "spring.security.oauth2.client.registration.regio.client-name=Regio Twente",
        "spring.security.oauth2.client.registration.regio.scope=openid,profile",
        "spring.security.oauth2.client.registration.regio.authorization-grant-type=authorization_code",
        "spring.security.oauth2.client.registration.regio.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
        "spring.security.oauth2.client.provider.regio.authorization-uri=https://idp.example.org/authorize",
        "spring.security.oauth2.client.provider.regio.token-uri=https://idp.example.org/token",
        "spring.security.oauth2.client.provider.regio.jwk-set-uri=https://idp.example.org/jwks",
        "spring.security.oauth2.client.provider.regio.user-name-attribute=sub"})
class AanmeldenTest {

    private static final String HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Autowired
    private MockMvc mvc;

    @LocalServerPort
    private int poort;

    @Test
    void eenBrowserZonderSessieGaatNaarDeLoginpagina() throws Exception {
        // One identity provider configured: straight to it; the dev users' form stays at /login.
        mvc.perform(get("/dashboard").queryParam("jaar", "2025").header("Accept", HTML))
                .andExpect(status().isFound()).andExpect(redirectedUrl("http://localhost/oauth2/authorization/regio"));
        mvc.perform(get("/api/indicatoren").header("Accept", HTML))
                .andExpect(status().isFound()).andExpect(redirectedUrl("http://localhost/oauth2/authorization/regio"));
        mvc.perform(get("/login").header("Accept", HTML))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Inloggen met Regio Twente")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("href=\"/oauth2/authorization/regio\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("<form method=\"post\" action=\"/login\"")));
    }

    @Test
    void eenApiClientKrijgtProblemJson() throws Exception {
        for (String accept : new String[] {null, "*/*", "application/json"}) {
            var verzoek = get("/dashboard");
            if (accept != null) {
                verzoek.header("Accept", accept);
            }
            mvc.perform(verzoek).andExpect(status().isUnauthorized())
                    .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/problem+json")))
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("urn:ijw-gateway:probleem:niet-geauthenticeerd")));
        }
        mvc.perform(get("/api/indicatoren")).andExpect(status().isUnauthorized())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/problem+json")));
        // The machines' paths never redirect, not even a browser.
        mvc.perform(get("/api/trajecten").header("Accept", HTML)).andExpect(status().isUnauthorized());
        mvc.perform(get("/dashboard").header("X-Api-Key", "dev-afzender-0153")).andExpect(status().isForbidden())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("urn:ijw-gateway:probleem:geen-toegang")));
    }

    @Test
    void deVoorbeeldgebruikerLogtInMetHetFormulierEnWeerUit() throws Exception {
        MockHttpSession sessie = new MockHttpSession();
        mvc.perform(get("/dashboard").queryParam("jaar", "2025").session(sessie).header("Accept", HTML))
                .andExpect(status().isFound());
        var aangemeld = mvc.perform(post("/login").session(sessie).with(csrf())
                        .param("username", "monitor").param("password", "dev-monitor"))
                .andExpect(status().isFound()).andReturn();
        // Back to the page that was asked for, its filter included.
        assertThat(aangemeld.getResponse().getRedirectedUrl()).startsWith("http://localhost/dashboard?jaar=2025");
        sessie = (MockHttpSession) aangemeld.getRequest().getSession(false);

        String pagina = mvc.perform(get("/dashboard").session(sessie).header("Accept", HTML))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(pagina).contains("Ingelogd als <strong>monitor</strong>").contains("action=\"/logout\"")
                .contains("id=\"afmelden\"");
        // The dashboard's lists under /api/indicatoren open with the session (GET only)...
        mvc.perform(get("/api/indicatoren/definities").session(sessie)).andExpect(status().isOk());
        // ...but the machines' chain does not read sessions: no cookie can stand in for a key there.
        mvc.perform(get("/api/trajecten").session(sessie)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/beheer/berichten").session(sessie)).andExpect(status().isUnauthorized());

        // Logout without the token is refused and changes nothing; with it, the session ends.
        mvc.perform(post("/logout").session(sessie)).andExpect(status().isForbidden());
        mvc.perform(get("/dashboard").session(sessie).header("Accept", HTML)).andExpect(status().isOk());
        mvc.perform(post("/logout").session(sessie).with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/login?afgemeld"));
        mvc.perform(get("/dashboard").session(sessie).header("Accept", HTML)).andExpect(status().isFound())
                .andExpect(redirectedUrl("http://localhost/oauth2/authorization/regio"));
        mvc.perform(get("/login").queryParam("afgemeld", "").header("Accept", HTML))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("U bent afgemeld.")));
    }

    @Test
    void eenVerkeerdWachtwoordEnEenLoginZonderTokenKomenNietBinnen() throws Exception {
        mvc.perform(post("/login").with(csrf()).param("username", "monitor").param("password", "fout"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/login?fout"));
        mvc.perform(post("/login").param("username", "monitor").param("password", "dev-monitor"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/login").queryParam("fout", "").header("Accept", HTML))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("De gebruikersnaam of het wachtwoord klopt niet.")));
    }

    @Test
    void beheerLogtOokIn() throws Exception {
        var aangemeld = mvc.perform(post("/login").with(csrf()).param("username", "beheer").param("password", "dev-beheer"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/dashboard")).andReturn();
        mvc.perform(get("/dashboard").session((MockHttpSession) aangemeld.getRequest().getSession(false)))
                .andExpect(status().isOk());
    }

    @Test
    void deOidcLoginGaatNaarDeProvider() throws Exception {
        var antwoord = mvc.perform(get("/oauth2/authorization/regio").header("Accept", HTML))
                .andExpect(status().isFound()).andReturn().getResponse();
        assertThat(antwoord.getRedirectedUrl()).startsWith("https://idp.example.org/authorize?response_type=code&client_id=ijw-gateway")
                .contains("scope=openid%20profile").contains("redirect_uri=http://localhost/login/oauth2/code/regio");
    }

    /** Real HTTP, so Tomcat writes the cookie: a session only for a person, with HttpOnly and SameSite=Lax. */
    @Test
    void deSessiecookie() throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> loginpagina = http.send(verzoek("/login").header("Accept", HTML).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(loginpagina.statusCode()).isEqualTo(200);
        String cookie = loginpagina.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith("IJWSESSIE=").contains("; Path=/").contains("; HttpOnly").contains("; SameSite=Lax")
                .doesNotContain("Secure");
        Matcher token = CSRF.matcher(loginpagina.body());
        assertThat(token.find()).isTrue();

        String formulier = "username=monitor&password=dev-monitor&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> aangemeld = http.send(verzoek("/login").header("Cookie", cookie.substring(0, cookie.indexOf(';')))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(formulier)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(aangemeld.statusCode()).isEqualTo(302);
        assertThat(aangemeld.headers().firstValue("Location").orElseThrow()).endsWith("/dashboard");
        // A new session id after login (no session fixation), with the same attributes.
        String nieuw = aangemeld.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(nieuw).startsWith("IJWSESSIE=").contains("; HttpOnly").contains("; SameSite=Lax");
        assertThat(nieuw.substring(0, nieuw.indexOf(';'))).isNotEqualTo(cookie.substring(0, cookie.indexOf(';')));

        // A script with an API key reads the page without a session being made for it.
        HttpResponse<String> script = http.send(verzoek("/dashboard").header("X-Api-Key", "dev-monitor").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(script.body()).doesNotContain("id=\"afmelden\"");
    }

    private HttpRequest.Builder verzoek(String pad) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + poort + pad)).timeout(Duration.ofSeconds(30));
    }
}
