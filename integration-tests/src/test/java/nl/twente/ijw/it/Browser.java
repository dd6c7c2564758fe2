package nl.twente.ijw.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian chromium driven by Debian's chromedriver: the system driver is named
 * explicitly, so Selenium never tries to download one. Missing chromium fails the test with
 * what to install, unless {@code -Dijw.zonder-browser=true} says this machine has none.
 */
final class Browser {

    static final Path CHROMIUM = Path.of(System.getProperty("ijw.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("ijw.chromedriver", "/usr/bin/chromedriver"));

    private Browser() {
    }

    /** A headless chromium without any key: it signs in like a person (see {@link #aanmelden}). */
    static ChromeDriver start() {
        return start(null);
    }

    /** Fills in the gateway's own login form (the dev users) and submits it. */
    static void aanmelden(ChromeDriver driver, String gebruiker, String wachtwoord) {
        driver.findElement(By.id("username")).sendKeys(gebruiker);
        driver.findElement(By.id("password")).sendKeys(wachtwoord);
        driver.findElement(By.id("inloggen")).click();
    }

    /**
     * A headless chromium that sends {@code X-Api-Key} with every request (through the DevTools
     * protocol, as a browser cannot be told to send a header otherwise).
     */
    static ChromeDriver start(String apiKey) {
        boolean zonder = Boolean.getBoolean("ijw.zonder-browser");
        boolean aanwezig = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!aanwezig && zonder) {
            Assumptions.abort("geen browser en -Dijw.zonder-browser=true: browsertest overgeslagen");
        }
        assertThat(aanwezig).as("De browsertest heeft %s en %s nodig: apt-get install -y chromium chromium-driver "
                + "(of sla hem over met -Dijw.zonder-browser=true)", CHROMIUM, CHROMEDRIVER).isTrue();
        ChromeOptions opties = new ChromeOptions();
        opties.setBinary(CHROMIUM.toFile());
        opties.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1360,1000", "--lang=nl-NL", "--force-device-scale-factor=1");
        ChromeDriverService dienst = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogFile(Gateway.targetDir().resolve("chromedriver.log").toFile())
                .build();
        ChromeDriver driver = new ChromeDriver(dienst, opties);
        if (apiKey != null) {
            driver.executeCdpCommand("Network.enable", Map.of());
            driver.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("X-Api-Key", apiKey)));
        }
        return driver;
    }

    /** The whole page (not only the window) as PNG, under the module's target directory. */
    static Path schermafdruk(ChromeDriver driver, String naam) {
        Object data = driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true)).get("data");
        Path bestand = Gateway.targetDir().resolve(naam);
        try {
            Files.createDirectories(bestand.getParent());
            Files.write(bestand, Base64.getDecoder().decode((String) data));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bestand;
    }
}
