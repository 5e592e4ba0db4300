package app.convene.support;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium and ChromeDriver, headless, with no network beyond loopback. Nothing is
 * downloaded: both binaries must be installed (.ci/run installs them); a missing one fails the
 * test with a message rather than skipping it. Each browser has the profile ChromeDriver makes for it, a folder of
 * its own in the temporary folder that ChromeDriver removes when the browser quits (decision 0088).
 */
public final class Chromium {

    public static final String BROWSER = System.getProperty("convene.chromium", "/usr/bin/chromium");
    public static final String DRIVER = System.getProperty("convene.chromedriver", "/usr/bin/chromedriver");

    /**
     * How often the tests' waits look again. WebDriverWait's default is 500 ms: a page that is ready after 520 ms
     * was seen only after a second, on every one of thousands of waits. A look is one small script call.
     */
    public static final Duration POLL = Duration.ofMillis(100);

    private Chromium() {
    }

    public static ChromeDriver start(String language) throws Exception {
        for (String binary : new String[] {BROWSER, DRIVER}) {
            if (!Files.isExecutable(Path.of(binary))) {
                throw new IllegalStateException(binary + " is missing: install Debian's chromium and chromium-driver "
                        + "(apt-get install -y chromium chromium-driver), as .ci/run does");
            }
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,1000", "--lang=" + language);
        options.setPageLoadTimeout(Duration.ofSeconds(60));
        // The console (Content-Security-Policy violations among it) is kept for the tests to read.
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    /**
     * Signs in through the real Keycloak login page from the app's home page ({@code app} is its
     * base address) and waits until the header shows the signed-in person.
     */
    public static void signIn(ChromeDriver browser, WebDriverWait wait, String app, String username, String password) {
        browser.get(app + "/");
        wait.until(ExpectedConditions.elementToBeClickable(org.openqa.selenium.By.linkText("Sign in"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(org.openqa.selenium.By.id("username"))).sendKeys(username);
        browser.findElement(org.openqa.selenium.By.id("password")).sendKeys(password);
        browser.findElement(org.openqa.selenium.By.id("kc-login")).click();
        PageState.until(wait, browser,
                ExpectedConditions.visibilityOfElementLocated(org.openqa.selenium.By.className("cv-user-name")),
                ".cv-user-name");
    }
}
