package app.convene.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.support.AxeViews;
import app.convene.support.Chromium;
import app.convene.support.KeycloakBrowserTest;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In Chromium with the real Keycloak: a committee member types in a draft, the session ends (its
 * cookie is gone) and they click Save. The page says the session ended (not "cookies disabled"),
 * and after signing in again the editor brings back what they typed, which the browser kept.
 */
@KeycloakBrowserTest
class SessionEndedBrowserTest {

    static final String APP = "http://localhost:18080";
    static final String DRAFT = "Support marginalized workers in training for, connecting to and thriving in quality careers";
    static final String TYPED = " Typed just before the session ended.";
    private ChromeDriver browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    private void openDraft(WebDriverWait wait) {
        browser.get(APP + "/initiatives/worker-equity-initiative/recommendations");
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText(DRAFT))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), DRAFT));
        AxeViews.check(browser);
    }

    @Test
    void theSessionEndsWhileTypingAndTheTextComesBackAfterSigningInAgain() throws Exception {
        browser = Chromium.start("en-US");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(90), Chromium.POLL);
        Chromium.signIn(browser, wait, APP, "committee1", "convene-demo");
        openDraft(wait);
        String draftAddress = browser.getCurrentUrl();

        WebElement text = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#recommendation-body textarea")));
        browser.manage().deleteCookieNamed("JSESSIONID"); // the session ends; the page does not know yet
        text.sendKeys(Keys.END, TYPED); // so this text never reaches the server
        browser.findElement(By.cssSelector("#recommendation-summary input")).sendKeys("Before the session ended");
        WebElement save = browser.findElement(By.id("recommendation-save"));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", save);
        save.click();

        WebElement notice = wait.until(ExpectedConditions.visibilityOfElementLocated(By.className("v-system-error")));
        assertThat(notice.getText()).contains("Your session ended.", "What you typed is kept in this browser")
                .doesNotContainIgnoringCase("cookies");
        AxeViews.check(browser);

        assertThat(keptInBrowser()).as("the browser keeps what never reached the server").contains(TYPED);

        notice.click(); // reloads the page: signed out, it is the refusal page with its sign-in link
        wait.until(ExpectedConditions.elementToBeClickable(By.className("cv-denied-sign-in"))).click();
        // Keycloak may still remember the person (then it comes straight back) or ask again.
        wait.until(d -> !d.findElements(By.id("username")).isEmpty() || !d.findElements(By.className("cv-user-name")).isEmpty());
        if (!browser.findElements(By.id("username")).isEmpty()) {
            browser.findElement(By.id("username")).sendKeys("committee1");
            browser.findElement(By.id("password")).sendKeys("convene-demo");
            browser.findElement(By.id("kc-login")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.className("cv-user-name")));
        }
        if (!browser.getCurrentUrl().equals(draftAddress)) {
            openDraft(wait);
        }
        wait.until(d -> d.findElement(By.cssSelector("#recommendation-body textarea")).getAttribute("value").endsWith(TYPED));
        assertThat(browser.findElement(By.className("cv-restored")).isDisplayed()).isTrue();
        AxeViews.check(browser);

        // Saved at last: the browser's copy is no longer needed.
        browser.findElement(By.cssSelector("#recommendation-summary input")).sendKeys("After the session ended");
        Thread.sleep(800);
        WebElement again = browser.findElement(By.id("recommendation-save"));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", again);
        again.click();
        wait.until(d -> d.getPageSource().contains("Saved as revision"));
        AxeViews.check(browser);
        wait.until(d -> !keptInBrowser().contains(TYPED));
    }

    private String keptInBrowser() {
        return String.valueOf(browser.executeScript(
                "return Object.keys(localStorage).map(k => localStorage.getItem(k)).join('\\n')"));
    }
}
