package app.convene.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.support.AxeViews;
import app.convene.support.Chromium;
import app.convene.support.KeycloakBrowserTest;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Sign-in for real: Convene starts (or reuses) the local Keycloak with the demo realm, and Debian's
 * Chromium signs in through Keycloak's own login page as the demo coordinator, a stakeholder and a
 * disabled account. Port 18080 is one of the realm's registered redirect addresses.
 */
@KeycloakBrowserTest
class SignInBrowserTest {

    static final String APP = "http://localhost:18080";
    static final String KEYCLOAK_LOGIN = "localhost:8180/realms/convene/protocol/openid-connect/auth";

    ChromeDriver browser;
    WebDriverWait wait;

    private void open() throws Exception {
        browser = Chromium.start("en-US");
        wait = new WebDriverWait(browser, Duration.ofSeconds(90), Chromium.POLL);
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    private void signInThroughKeycloak(String username) {
        browser.get(APP + "/");
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Sign in"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        assertThat(browser.getCurrentUrl()).contains(KEYCLOAK_LOGIN).contains("code_challenge=");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("convene-demo");
        browser.findElement(By.id("kc-login")).click();
    }

    private String text(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by)).getText();
    }

    @Test
    void coordinatorSignsInManagesRolesAndSignsOutOfKeycloakToo() throws Exception {
        open();
        signInThroughKeycloak("coordinator");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("cv-user-name"), "Maya Thompson"));

        browser.get(APP + "/initiatives/equity-at-work");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Equity@Work"));
        AxeViews.check(browser);
        assertThat(text(By.className("cv-user-roles"))).isEqualTo("Coordinator");

        browser.findElement(By.linkText("People and roles")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "People and roles"));
        wait.until(d -> d.getPageSource().contains("Sam Chen"));
        AxeViews.check(browser);
        assertThat(browser.getPageSource()).contains("Jordan Ellis", "Workgroup lead");

        browser.findElement(By.className("cv-sign-out")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Sign in")));
        AxeViews.check(browser);
        assertThat(browser.getCurrentUrl()).startsWith(APP);

        // The Keycloak session ended too: a protected page shows the refusal page (no detour to
        // Keycloak), and signing in from it asks for the password again.
        browser.get(APP + "/initiatives/equity-at-work/roles");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Not available to you"));
        AxeViews.check(browser);
        assertThat(browser.getCurrentUrl()).isEqualTo(APP + "/initiatives/equity-at-work/roles");
        browser.findElement(By.linkText("Sign in to see this page")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        assertThat(browser.getCurrentUrl()).contains(KEYCLOAK_LOGIN);
    }

    @Test
    void stakeholderSeesTheirRoleButNotTheCoordinatorsPages() throws Exception {
        open();
        signInThroughKeycloak("stakeholder1");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("cv-user-name"), "Jordan Ellis"));

        browser.get(APP + "/initiatives/equity-at-work");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Equity@Work"));
        AxeViews.check(browser);
        assertThat(text(By.className("cv-user-roles"))).isEqualTo("Stakeholder");
        assertThat(browser.findElements(By.linkText("People and roles"))).isEmpty();

        browser.get(APP + "/initiatives/equity-at-work/roles");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Not available to you"));
        AxeViews.check(browser);
    }

    @Test
    void disabledAccountCannotSignIn() throws Exception {
        open();
        signInThroughKeycloak("disabled");
        wait.until(d -> d.getPageSource().contains("Account is disabled"));
        assertThat(browser.getCurrentUrl()).doesNotStartWith(APP);

        browser.get(APP + "/");
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Sign in")));
        assertThat(browser.findElements(By.className("cv-user-name"))).isEmpty();
    }
}
