package app.convene.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.support.Chromium;
import app.convene.support.KeycloakBrowserTest;
import app.convene.support.LateClose;
import app.convene.support.PageState;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A sign-in on a busy server (decision 0060): the page left for Keycloak says "close" to push as it unloads, and that
 * request is answered only after the sign-in has changed the session id and the first signed-in page was served. The
 * person stays signed in, the page shows, and it still answers clicks. Before decision 60 the late close started an
 * empty session whose cookie replaced the signed-in one, and the page said "Your session ended".
 */
@KeycloakBrowserTest
class LateCloseSignInBrowserTest {

    static final String APP = "http://localhost:18080";

    ChromeDriver browser;

    @AfterEach
    void close() {
        LateClose.disarm();
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aCloseAnsweredAfterTheSignInLeavesThePersonSignedInOnAWorkingPage() throws Exception {
        browser = Chromium.start("en-US");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30), Chromium.POLL);
        LateClose.arm();

        Chromium.signIn(browser, wait, APP, "stakeholder1", "convene-demo");
        PageState.until(wait, browser, ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")), "h1");
        assertThat(LateClose.held()).as("the left page's close was answered late").isTrue();

        WebElement initiative = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("main a[href^='initiatives/']")));
        String name = initiative.getText();
        initiative.click();
        PageState.until(wait, browser, ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), name), "h1");
        assertThat(browser.findElements(By.cssSelector(".v-system-error"))).isEmpty();
        assertThat(browser.findElement(By.className("cv-user-name")).getText()).isEqualTo("Jordan Ellis");
    }
}
