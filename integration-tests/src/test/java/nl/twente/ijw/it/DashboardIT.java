package nl.twente.ijw.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard on a small scenario of its own (a gateway with a fresh data directory, so no
 * other test's messages count): Enschede (0153) places six youths in residential care
 * (44B01) at provider 87650001 in 2025, five of them within 42 days, and a seventh is still
 * waiting; Almelo (0141) places two. As of peildatum 2026-01-01, year 2025:
 * <pre>
 *            V1  V3 (days)                 V4        V6 (≤ 42 days)    V7 (waiting)
 * region      8  5×306 + 275 + 2×245=2295  8/8 100%  7/8 = 87,5%       1 → "< 5"
 * Enschede    6  5×306 + 275       =1805   6/6 100%  5/6 = 83,3%       1 → "< 5"
 * Almelo      2 → every cell "< 5" (2 youths, min-cell-size 5)
 * </pre>
 * (306 = days 1 March..31 December, 275 from 1 April, 245 from 1 May.) The browser test checks
 * these numbers on the page and after changing the gemeente filter; the last test compares API,
 * command line and page for the same data.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardIT {

    static final String PEILDATUM = "2026-01-01";
    static final String JAAR = "2025";
    static final String AANBIEDER = "87650001";
    static final String MONITOR = "dev-monitor";
    private static final Pattern WAARDE = Pattern.compile(
            "<p class=\"waarde[^\"]*\" data-id=\"([^\"]+)\" data-jaar=\"(\\d+)\" data-waarde=\"([^\"]*)\" data-noemer=\"([^\"]*)\" data-onderdrukt=\"(true|false)\">");

    /** ToewijzingNummers of this scenario; the gateway is fresh, so any numbers are unused. */
    private static final AtomicInteger TOEWIJZINGNUMMERS = new AtomicInteger(810_000);

    private Gateway gateway;

    @BeforeAll
    void startEnVerstuurScenario() {
        gateway = Gateway.eigen("dashboard");
        // Enschede: five placed after 28 days, one after 59 days, one not placed by the end of the year.
        for (int i = 0; i < 5; i++) {
            plaatsing("0153", "2025-02-01", "2025-03-01");
        }
        plaatsing("0153", "2025-02-01", "2025-04-01");
        plaatsing("0153", "2025-09-01", null);
        // Almelo: two placed on the day of the decision.
        plaatsing("0141", "2025-05-01", "2025-05-01");
        plaatsing("0141", "2025-05-01", "2025-05-01");

        // The indicators see a message once its transaction is committed; wait for the last one.
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> waarde(api(null), "V3").equals("2295"));
    }

    @AfterAll
    void stop() {
        if (gateway != null) {
            gateway.close();
        }
    }

    @Test
    @Order(1)
    void apiGeeftDeHandmatigBerekendeCijfers() {
        JsonNode regio = api(null);
        assertThat(waarde(regio, "V1")).isEqualTo("8");
        assertThat(waarde(regio, "V3")).isEqualTo("2295");
        assertThat(waarde(regio, "V4")).isEqualTo("1.0");
        assertThat(waarde(regio, "V6")).isEqualTo("0.875");
        assertThat(cel(regio, "V6").path("noemer").asInt()).isEqualTo(8);
        assertThat(cel(regio, "V7").path("onderdrukt").asBoolean()).isTrue();

        JsonNode enschede = api("0153");
        assertThat(waarde(enschede, "V1")).isEqualTo("6");
        assertThat(waarde(enschede, "V3")).isEqualTo("1805");
        assertThat(cel(enschede, "V6").path("waarde").asDouble()).isEqualTo(5.0 / 6);

        JsonNode almelo = api("0141");
        assertThat(cel(almelo, "V1").path("onderdrukt").asBoolean()).isTrue();
        assertThat(cel(almelo, "V1").path("waarde").isNull()).isTrue();
    }

    @Test
    @Order(2)
    void dashboardToontDeCijfersEnVolgtHetGemeentefilter() {
        ChromeDriver browser = Browser.start();
        try {
            // A person signs in (issue 12): the dev user monitor on the login form, then back to the page asked for.
            browser.get(gateway.uri("/dashboard?jaar=" + JAAR + "&peildatum=" + PEILDATUM).toString());
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().startsWith(gateway.uri("/login").toString()));
            Browser.aanmelden(browser, "monitor", "dev-monitor");
            new WebDriverWait(browser, Duration.ofSeconds(30))
                    .until(d -> d.getCurrentUrl().startsWith(gateway.uri("/dashboard?jaar=" + JAAR).toString()));
            assertThat(browser.getTitle()).isEqualTo("Jeugdhulp Twente – regionale indicatoren");
            assertThat(tekst(browser, "#context")).isEqualTo(
                    "Hele regio · alle aanbieders · alle segmenten · jaar 2025 · peildatum 1 januari 2026");
            assertThat(getal(browser, "V1")).isEqualTo("8");
            assertThat(getal(browser, "V3")).isEqualTo("2.295");
            assertThat(getal(browser, "V4")).isEqualTo("100%");
            assertThat(getal(browser, "V6")).isEqualTo("87,5%");
            assertThat(oordeel(browser, "V4")).isEqualTo("✓ Op koers");
            assertThat(oordeel(browser, "V6")).isEqualTo("✗ Niet op koers");
            assertThat(getal(browser, "V7")).isEqualTo("< 5");
            WebElement wachtrij = browser.findElement(By.cssSelector(
                    "#wachtlijst tr[data-aanbieder='" + AANBIEDER + "'][data-segment='VERBLIJF'] td.getal"));
            assertThat(wachtrij.getText()).isEqualTo("< 5");

            // The definition is one click away: hidden first, shown after a click on "Definitie".
            WebElement definitie = browser.findElement(By.cssSelector("#kaart-V6 details.definitie p"));
            assertThat(definitie.isDisplayed()).isFalse();
            browser.findElement(By.cssSelector("#kaart-V6 details.definitie summary")).click();
            assertThat(definitie.isDisplayed()).isTrue();
            assertThat(definitie.getText()).isNotBlank();
            Browser.schermafdruk(browser, "dashboard-regio.png");

            kiesGemeente(browser, "0153", "Gemeente Enschede (0153)");
            assertThat(getal(browser, "V1")).isEqualTo("6");
            assertThat(getal(browser, "V3")).isEqualTo("1.805");
            assertThat(getal(browser, "V6")).isEqualTo("83,3%");
            assertThat(oordeel(browser, "V6")).isEqualTo("✗ Niet op koers");
            assertThat(new Select(browser.findElement(By.id("jaar"))).getFirstSelectedOption().getText()).isEqualTo("2025");
            Browser.schermafdruk(browser, "dashboard-enschede.png");

            kiesGemeente(browser, "0141", "Gemeente Almelo (0141)");
            assertThat(getal(browser, "V1")).isEqualTo("< 5");
            assertThat(getal(browser, "V3")).isEqualTo("< 5");
            assertThat(oordeel(browser, "V1")).isEqualTo("Niet getoond: kleine aantallen");
            Browser.schermafdruk(browser, "dashboard-almelo.png");
        } finally {
            browser.quit();
        }
    }

    /**
     * The same numbers everywhere: the API's cells, the {@code indicators} command on the same
     * data directory (run after the gateway has stopped) and the page's values, for the region
     * and for Enschede.
     */
    @Test
    @Order(3)
    void apiOpdrachtregelEnDashboardGevenDezelfdeCijfers() throws Exception {
        Map<String, JsonNode> api = new LinkedHashMap<>();
        Map<String, String> pagina = new LinkedHashMap<>();
        for (String gemeente : new String[] {null, "0153"}) {
            String sleutel = gemeente == null ? "regio" : gemeente;
            api.put(sleutel, api(gemeente));
            pagina.put(sleutel, Http.tekst(vraag("/dashboard?jaar=" + JAAR + "&peildatum=" + PEILDATUM
                    + (gemeente == null ? "" : "&gemeente=" + gemeente))));
        }
        gateway.close();

        for (Map.Entry<String, JsonNode> e : api.entrySet()) {
            JsonNode cellen = e.getValue();
            assertThat(cellen.size()).as("cellen %s", e.getKey()).isGreaterThanOrEqualTo(20);

            List<String> args = new ArrayList<>(List.of("indicators", "--jaar", JAAR, "--peildatum", PEILDATUM, "--format", "json"));
            if (!e.getKey().equals("regio")) {
                args.addAll(List.of("--gemeente", e.getKey()));
            }
            JsonNode cli = Http.json(opdracht(args));
            assertThat(cli).as("indicators %s gelijk aan /api/indicatoren", args).isEqualTo(cellen);

            Map<String, String[]> getoond = paginawaarden(pagina.get(e.getKey()));
            for (JsonNode cel : cellen) {
                String id = cel.path("id").asText();
                String[] p = getoond.get(id);
                assertThat(p).as("kaart %s op het dashboard (%s)", id, e.getKey()).isNotNull();
                assertThat(p[1]).as("jaar van %s", id).isEqualTo(JAAR);
                assertThat(p[4]).as("onderdrukt %s (%s)", id, e.getKey()).isEqualTo(cel.path("onderdrukt").asText());
                assertGelijk(p[2], cel.path("waarde"), "waarde " + id + " (" + e.getKey() + ")");
                assertGelijk(p[3], cel.path("noemer"), "noemer " + id + " (" + e.getKey() + ")");
            }
            assertThat(getoond.keySet()).as("kaarten zonder cel in de API (%s)", e.getKey())
                    .containsExactlyInAnyOrderElementsOf(cellen.findValuesAsText("id"));
        }
        // Not vacuous: the compared numbers are the scenario's.
        assertThat(waarde(api.get("regio"), "V3")).isEqualTo("2295");
        assertThat(waarde(api.get("0153"), "V1")).isEqualTo("6");
    }

    // ---- scenario ----

    /** One youth: a toewijzing 44B01 of {@code gemeente} to {@link #AANBIEDER}, started on {@code begindatum} unless null. */
    private void plaatsing(String gemeente, String toewijzingsdatum, String begindatum) {
        String bsn = Verhaal.uniekeBsn();
        String nummer = Integer.toString(TOEWIJZINGNUMMERS.incrementAndGet());
        String jw301 = Verhaal.fixture("JW301")
                .replace("<jw301:Afzender>0153<", "<jw301:Afzender>" + gemeente + "<")
                .replace("<jw301:Ontvanger>87654321<", "<jw301:Ontvanger>" + AANBIEDER + "<")
                .replace("<ijw:Identificatie>ID<", "<ijw:Identificatie>" + Referentie.uniekeIdentificatie() + "<")
                .replace(">999990019<", ">" + bsn + "<")
                .replace(">700001<", ">" + nummer + "<")
                .replace("<ijw:Categorie>45<", "<ijw:Categorie>44<")
                .replace("<ijw:Code>45A01<", "<ijw:Code>44B01<")
                .replace("<jw301:Toewijzingsdatum>2026-03-01<", "<jw301:Toewijzingsdatum>" + toewijzingsdatum + "<")
                .replace("<jw301:Ingangsdatum>2026-03-01<", "<jw301:Ingangsdatum>" + toewijzingsdatum + "<");
        verstuur(jw301, "JW301", "dev-afzender-" + gemeente);
        if (begindatum == null) {
            return;
        }
        String jw305 = Verhaal.fixture("JW305")
                .replace("<jw305:Afzender>87654321<", "<jw305:Afzender>" + AANBIEDER + "<")
                .replace("<jw305:Ontvanger>0153<", "<jw305:Ontvanger>" + gemeente + "<")
                .replace("<ijw:Identificatie>ID<", "<ijw:Identificatie>" + Referentie.uniekeIdentificatie() + "<")
                .replace(">999990019<", ">" + bsn + "<")
                .replace(">700001<", ">" + nummer + "<")
                .replace("<ijw:Categorie>45<", "<ijw:Categorie>44<")
                .replace("<ijw:Code>45A01<", "<ijw:Code>44B01<")
                .replace("<jw305:ToewijzingIngangsdatum>2026-03-01<", "<jw305:ToewijzingIngangsdatum>" + toewijzingsdatum + "<")
                .replace("<jw305:Begindatum>2026-03-02<", "<jw305:Begindatum>" + begindatum + "<");
        verstuur(jw305, "JW305", "dev-afzender-" + AANBIEDER);
    }

    private void verstuur(String xml, String type, String sleutel) {
        Referentie.assertGeldigVolgens(type, xml);
        HttpResponse<byte[]> antwoord = Http.verstuur(HttpRequest.newBuilder(gateway.berichten())
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/xml")
                .header("X-Api-Key", sleutel)
                .POST(HttpRequest.BodyPublishers.ofString(xml, StandardCharsets.UTF_8))
                .build());
        assertThat(antwoord.statusCode()).as("%s: %s", type, Http.tekst(antwoord)).isEqualTo(200);
        long id = Long.parseLong(antwoord.headers().firstValue("X-Ijw-Bericht-Id").orElseThrow());
        assertThat(gateway.archiefregel(id)).as("%s geaccepteerd; retour: %s", type, Http.tekst(antwoord))
                .isEqualTo("http " + type + " GEACCEPTEERD");
    }

    // ---- reading API, command line and page ----

    private HttpResponse<byte[]> vraag(String pad) {
        HttpResponse<byte[]> antwoord = Http.verstuur(HttpRequest.newBuilder(gateway.uri(pad))
                .timeout(Duration.ofSeconds(60)).header("X-Api-Key", MONITOR).GET().build());
        assertThat(antwoord.statusCode()).as("GET %s: %s", pad, Http.tekst(antwoord)).isEqualTo(200);
        return antwoord;
    }

    private JsonNode api(String gemeente) {
        String pad = "/api/indicatoren?jaar=" + JAAR + "&peildatum=" + PEILDATUM
                + (gemeente == null ? "" : "&gemeente=" + URLEncoder.encode(gemeente, StandardCharsets.UTF_8));
        return Http.json(vraag(pad));
    }

    private static JsonNode cel(JsonNode cellen, String id) {
        for (JsonNode c : cellen) {
            if (c.path("id").asText().equals(id)) {
                return c;
            }
        }
        throw new AssertionError("geen cel " + id + " in " + cellen);
    }

    private static String waarde(JsonNode cellen, String id) {
        return cel(cellen, id).path("waarde").asText();
    }

    /** data-id → {id, jaar, waarde, noemer, onderdrukt} of every card's value on the page. */
    private static Map<String, String[]> paginawaarden(String html) {
        Map<String, String[]> waarden = new LinkedHashMap<>();
        Matcher m = WAARDE.matcher(html);
        while (m.find()) {
            waarden.put(m.group(1), new String[] {m.group(1), m.group(2), m.group(3), m.group(4), m.group(5)});
        }
        return waarden;
    }

    private static void assertGelijk(String getoond, JsonNode api, String wat) {
        if (api.isNull() || api.isMissingNode()) {
            assertThat(getoond).as(wat).isEmpty();
        } else {
            assertThat(new BigDecimal(getoond)).as(wat + " (API " + api + ")").isEqualByComparingTo(api.decimalValue());
        }
    }

    /** {@code java -jar ijw-gateway.jar <args> --ijw.data-dir=<the dashboard gateway's dir>}: its standard output. */
    private String opdracht(List<String> args) throws IOException, InterruptedException {
        Path map = Gateway.targetDir().resolve("it-dashboard-cli");
        Files.createDirectories(map);
        Path uit = map.resolve("stdout.txt");
        Path fout = map.resolve("stderr.log");
        List<String> opdracht = new ArrayList<>(List.of(Gateway.java(), "-jar", Gateway.gatewayJar().toString()));
        opdracht.addAll(args);
        opdracht.add("--ijw.data-dir=" + gateway.dataDir);
        opdracht.add("--ijw.pg-poort=" + Gateway.vrijePoorten(1)[0]);
        Process p = new ProcessBuilder(opdracht).directory(map.toFile())
                .redirectOutput(uit.toFile()).redirectError(fout.toFile()).start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new AssertionError("indicators duurde langer dan 180 s\n" + Gateway.staart(fout, 40));
        }
        assertThat(p.exitValue()).as("exit code van %s\n%s", opdracht, Gateway.staart(fout, 40)).isZero();
        return Files.readString(uit, StandardCharsets.UTF_8);
    }

    // ---- reading the browser ----

    private static String getal(ChromeDriver browser, String id) {
        return browser.findElement(By.cssSelector("p.waarde[data-id='" + id + "']")).getText();
    }

    private static String oordeel(ChromeDriver browser, String id) {
        return browser.findElement(By.cssSelector("#kaart-" + id.replaceAll("[^A-Za-z0-9_-]", "-") + " p.oordeel")).getText();
    }

    private static String tekst(ChromeDriver browser, String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    private static void kiesGemeente(ChromeDriver browser, String code, String verwacht) {
        new Select(browser.findElement(By.id("gemeente"))).selectByValue(code);
        browser.findElement(By.id("toon")).click();
        // The click loads a new page: an element found just before the old page goes away is stale,
        // so the wait tries again instead of failing.
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("context")).getText().startsWith(verwacht + " · "));
    }
}
