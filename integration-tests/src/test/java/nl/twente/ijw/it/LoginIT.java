package nl.twente.ijw.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 12 §2 end to end: the packaged gateway signs people in with a real OpenID Connect
 * provider ({@link Identiteitsprovider}, started here) and headless chromium. /dashboard sends
 * the browser to the provider's login; after it the dashboard shows; the logout ends the session
 * here and at the provider, so /dashboard asks for a login again. A person without the group gets
 * the "Geen toegang" page; the dev users sign in with the gateway's own form; an API client
 * still gets problem+json. Screenshots: target/login-*.png.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LoginIT {

    private static final String DASHBOARD = "/dashboard?jaar=2025&peildatum=2026-01-01";
    private static final String CONTEXT = "Hele regio · alle aanbieders · alle segmenten · jaar 2025 · peildatum 1 januari 2026";

    private ConfigurableApplicationContext provider;
    private String issuer;
    private Gateway gateway;

    @BeforeAll
    void start() {
        int poort = Gateway.vrijePoorten(1)[0];
        issuer = "http://localhost:" + poort;
        provider = Identiteitsprovider.start(poort);
        gateway = Gateway.eigen("login", 0, List.of(
                "--spring.security.oauth2.client.registration.regio.client-id=" + Identiteitsprovider.CLIENT_ID,
                "--spring.security.oauth2.client.registration.regio.client-secret=" + Identiteitsprovider.CLIENT_GEHEIM,
                "--spring.security.oauth2.client.registration.regio.client-name=Regio Twente (test)",
                "--spring.security.oauth2.client.registration.regio.scope=openid,profile",
                "--spring.security.oauth2.client.registration.regio.authorization-grant-type=authorization_code",
                "--spring.security.oauth2.client.registration.regio.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
                "--spring.security.oauth2.client.provider.regio.issuer-uri=" + issuer,
                "--ijw.beveiliging.oidc.rollen-claim=groups",
                "--ijw.beveiliging.oidc.rollen.monitor=beleid-jeugd"));
        Identiteitsprovider.GATEWAY.set("http://127.0.0.1:" + gateway.httpPort);
    }

    @AfterAll
    void stop() {
        if (gateway != null) {
            gateway.close();
        }
        if (provider != null) {
            provider.close();
        }
    }

    @Test
    @Order(1)
    void inloggenBijDeProviderEnAfmelden() {
        inBrowser(browser -> {
            naarDeProvider(browser);
            assertThat(browser.findElement(By.id("username")).isDisplayed()).isTrue();
            Browser.schermafdruk(browser, "login-provider.png");

            vulIn(browser, "beleid", Identiteitsprovider.WACHTWOORD);
            wachtOp(browser, gateway.uri("/dashboard?jaar=2025").toString());
            assertThat(browser.getTitle()).isEqualTo("Jeugdhulp Twente – regionale indicatoren");
            assertThat(browser.findElement(By.id("context")).getText()).isEqualTo(CONTEXT);
            assertThat(browser.findElement(By.id("wie")).getText()).isEqualTo("Ingelogd als beleid");
            assertThat(browser.findElement(By.cssSelector("p.waarde[data-id='V1']")).getText()).isEqualTo("0");
            Browser.schermafdruk(browser, "login-dashboard.png");

            browser.findElement(By.id("afmelden")).click();
            wachtOp(browser, gateway.uri("/login?afgemeld").toString());
            assertThat(browser.findElement(By.id("melding")).getText()).isEqualTo("U bent afgemeld.");
            Browser.schermafdruk(browser, "login-afgemeld.png");

            // Logged out at the provider too: the dashboard asks for a login again.
            naarDeProvider(browser);
            assertThat(browser.findElement(By.id("password")).isDisplayed()).isTrue();
            Browser.schermafdruk(browser, "login-opnieuw.png");
        });
    }

    @Test
    @Order(2)
    void zonderGroepGeenToegang() {
        inBrowser(browser -> {
            naarDeProvider(browser);
            vulIn(browser, "stagiair", Identiteitsprovider.WACHTWOORD);
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.getTitle().startsWith("Geen toegang"));
            assertThat(browser.findElement(By.cssSelector(".melding")).getText()).startsWith("U bent ingelogd als stagiair, maar heeft niet de rol");
            Browser.schermafdruk(browser, "login-geen-toegang.png");
        });
    }

    @Test
    @Order(3)
    void deDevGebruikerLogtInMetHetFormulier() {
        inBrowser(browser -> {
            browser.get(gateway.uri("/login").toString());
            assertThat(browser.findElement(By.id("provider-regio")).getText()).isEqualTo("Inloggen met Regio Twente (test)");
            Browser.schermafdruk(browser, "login-formulier.png");
            Browser.aanmelden(browser, "monitor", "dev-monitor");
            wachtOp(browser, gateway.uri("/dashboard").toString());
            assertThat(browser.findElement(By.id("wie")).getText()).isEqualTo("Ingelogd als monitor");
            Browser.schermafdruk(browser, "login-formulier-dashboard.png");
        });
    }

    /** Machines notice nothing of the login: no redirect, a problem+json 401, and the API key still works. */
    @Test
    @Order(4)
    void eenApiClientKrijgtProblemJson() {
        HttpResponse<byte[]> zonder = Http.verstuurZoals(HttpRequest.newBuilder(gateway.uri("/dashboard")).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json").GET().build());
        assertThat(zonder.statusCode()).isEqualTo(401);
        assertThat(zonder.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        HttpResponse<byte[]> sleutel = Http.verstuur(HttpRequest.newBuilder(gateway.uri("/api/indicatoren/definities"))
                .timeout(Duration.ofSeconds(30)).header("X-Api-Key", "dev-monitor").GET().build());
        assertThat(sleutel.statusCode()).isEqualTo(200);
        assertThat(sleutel.headers().firstValue("Set-Cookie")).isEmpty();
    }

    /** A fresh browser (no cookies) for one test, closed afterwards. */
    private static void inBrowser(Consumer<ChromeDriver> test) {
        ChromeDriver browser = Browser.start();
        try {
            test.accept(browser);
        } finally {
            browser.quit();
        }
    }

    /** Opens the dashboard without a session: the gateway sends the browser on to the provider's login. */
    private void naarDeProvider(ChromeDriver browser) {
        browser.get(gateway.uri(DASHBOARD).toString());
        wachtOp(browser, issuer + "/login");
    }

    private static void vulIn(ChromeDriver browser, String naam, String wachtwoord) {
        browser.findElement(By.id("username")).sendKeys(naam);
        browser.findElement(By.id("password")).sendKeys(wachtwoord);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
    }

    private static void wachtOp(ChromeDriver browser, String begin) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).withMessage(() -> "verwacht " + begin + ", maar op " + browser.getCurrentUrl())
                .until(d -> d.getCurrentUrl().startsWith(begin));
    }
}
