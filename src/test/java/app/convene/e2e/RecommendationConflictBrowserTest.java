package app.convene.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.support.AxeViews;
import app.convene.support.Chromium;
import app.convene.support.KeycloakBrowserTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In two Chromium sessions with the real Keycloak: two committee members open the same draft and
 * both edit; the first save wins, the second is shown the conflict with both texts, and keeps theirs
 * on top as a new revision. Nothing typed is lost.
 */
@KeycloakBrowserTest
class RecommendationConflictBrowserTest {

    static final String APP = "http://localhost:18080";
    static final String DRAFT = "Culturally and linguistically responsive services";
    private final List<ChromeDriver> browsers = new ArrayList<>();

    @AfterEach
    void close() {
        browsers.forEach(ChromeDriver::quit);
    }

    private ChromeDriver signedIn(String user) throws Exception {
        ChromeDriver browser = Chromium.start("en-US");
        browsers.add(browser);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(90), Chromium.POLL);
        Chromium.signIn(browser, wait, APP, user, "convene-demo");
        browser.get(APP + "/initiatives/worker-equity-initiative/recommendations");
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText(DRAFT))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), DRAFT));
        AxeViews.check(browser);
        return browser;
    }

    private static void edit(ChromeDriver browser, String body, String summary) throws InterruptedException {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30), Chromium.POLL);
        WebElement text = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#recommendation-body textarea")));
        text.sendKeys(body);
        WebElement line = browser.findElement(By.cssSelector("#recommendation-summary input"));
        line.sendKeys(summary);
        Thread.sleep(800); // let the lazy value changes reach the server, as a person pausing would
        WebElement save = browser.findElement(By.id("recommendation-save"));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", save);
        save.click();
    }

    @Test
    void theSecondToSaveSeesTheConflictAndKeepsTheirTextOnTop() throws Exception {
        ChromeDriver daniel = signedIn("committee1");
        ChromeDriver lucia = signedIn("committee2");
        // Daniel's open page learns by server push (no reload, no poll) that Lucía opened the draft too
        new WebDriverWait(daniel, Duration.ofSeconds(30), Chromium.POLL).until(ExpectedConditions.textToBePresentInElementLocated(
                By.className("cv-presence"), "Also editing now: Lucía Hernández"));

        edit(daniel, " Daniel's addition.", "Daniel's edit");
        new WebDriverWait(daniel, Duration.ofSeconds(30), Chromium.POLL).until(d -> d.getPageSource().contains("Saved as revision 2."));
        AxeViews.check(daniel);
        // and Lucía's open page is warned by push, before she saves, that Daniel saved a revision
        new WebDriverWait(lucia, Duration.ofSeconds(30), Chromium.POLL).until(ExpectedConditions.textToBePresentInElementLocated(
                By.className("cv-stale"), "Revision 2 was saved by Daniel Okafor after you started."));

        edit(lucia, " Lucía's addition.", "Lucía's edit");
        WebDriverWait wait = new WebDriverWait(lucia, Duration.ofSeconds(30), Chromium.POLL);
        WebElement conflict = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("recommendation-conflict")));
        assertThat(conflict.getText()).contains("Someone saved while you were editing", "Daniel Okafor", "Daniel's addition.",
                "Lucía's addition.");
        assertThat(lucia.findElements(By.cssSelector("#recommendation-conflict ins"))).isNotEmpty();
        assertThat(lucia.findElement(By.cssSelector("#recommendation-body textarea")).getAttribute("value"))
                .endsWith("Lucía's addition.");
        AxeViews.check(lucia);

        WebElement keep = lucia.findElement(By.id("recommendation-keep-mine"));
        lucia.executeScript("arguments[0].scrollIntoView({block: 'center'})", keep);
        keep.click();
        wait.until(d -> d.getPageSource().contains("Saved as revision 3."));
        AxeViews.check(lucia);
        // History, comments and decisions are built when opened (decision 0050): each by its heading's button,
        // pressed here from the keyboard
        for (String part : List.of("history", "comments", "decisions")) {
            WebElement toggle = lucia.findElement(By.id("recommendation-" + part + "-toggle"));
            assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("false");
            lucia.executeScript("arguments[0].scrollIntoView({block: 'center'})", toggle);
            toggle.sendKeys(Keys.ENTER);
            wait.until(d -> "true".equals(toggle.getAttribute("aria-expanded")));
        }
        wait.until(d -> d.getPageSource().contains("Revision 3 · Lucía Hernández"));
        assertThat(lucia.getPageSource()).contains("Revision 3 · Lucía Hernández", "Revision 2 · Daniel Okafor");
        assertThat(lucia.findElement(By.id("recommendation-decisions-content")).getText()).isNotBlank();
        AxeViews.check(lucia);
    }
}
