package app.convene.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.support.AxeViews;
import app.convene.support.Chromium;
import app.convene.support.KeycloakBrowserTest;
import app.convene.support.PageState;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Keycloak's sign-in page speaks the language chosen in Convene, whatever the browser's: a reader
 * with an English browser switches Convene to Spanish and gets Keycloak's Spanish page.
 */
@KeycloakBrowserTest
class SignInLanguageBrowserTest {

    static final String APP = "http://localhost:18080";

    ChromeDriver browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void readerWhoChoseSpanishGetsKeycloaksSpanishSignInPage() throws Exception {
        browser = Chromium.start("en-US");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(90), Chromium.POLL);
        browser.get(APP + "/");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Initiatives"));

        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-select.cv-language"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-select-item[normalize-space()='Español']"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Iniciativas"));
        AxeViews.check(browser);

        wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Iniciar sesión"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        assertThat(browser.getCurrentUrl()).contains("ui_locales=es");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).startsWith("es");
        assertThat(browser.getPageSource()).contains("Inicia sesión");

        browser.findElement(By.id("username")).sendKeys("stakeholder1");
        browser.findElement(By.id("password")).sendKeys("convene-demo");
        browser.findElement(By.id("kc-login")).click();
        PageState.until(wait, browser,
                ExpectedConditions.textToBePresentInElementLocated(By.className("cv-user-name"), "Jordan Ellis"),
                ".cv-user-name");
        AxeViews.check(browser);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Iniciativas");
    }
}
