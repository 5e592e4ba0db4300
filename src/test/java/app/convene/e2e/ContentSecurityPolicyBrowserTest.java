package app.convene.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.support.AxeViews;
import app.convene.support.Chromium;
import app.convene.support.KeycloakBrowserTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Convene under its Content-Security-Policy in Chromium: signing in through Keycloak, the server's
 * {@code executeJs} calls and saving a form work with no violation in the browser's console, while a
 * script injected into the page (an inline script element, an inline event handler) is refused.
 */
@KeycloakBrowserTest
class ContentSecurityPolicyBrowserTest {

    static final String APP = "http://localhost:18080";
    static final String DRAFT = "Support marginalized workers in training for, connecting to and thriving in quality careers";

    ChromeDriver browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theAppWorksWithoutViolationsAndAnInjectedScriptIsRefused() throws Exception {
        browser = Chromium.start("en-US");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(90), Chromium.POLL);
        Chromium.signIn(browser, wait, APP, "committee1", "convene-demo");
        // MainLayout sets the page language with executeJs, which Vaadin runs as a constructed function.
        wait.until(d -> "en".equals(browser.executeScript("return document.documentElement.lang")));

        browser.get(APP + "/initiatives/worker-equity-initiative/recommendations");
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText(DRAFT))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), DRAFT));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#recommendation-body textarea")))
                .sendKeys(" Measured every year.");
        browser.findElement(By.cssSelector("#recommendation-summary input")).sendKeys("Under the policy");
        Thread.sleep(800); // let the lazy value changes reach the server, as a person pausing would
        WebElement save = browser.findElement(By.id("recommendation-save"));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", save);
        save.click();
        wait.until(d -> d.getPageSource().contains("Saved as revision"));

        List<String> console = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage).toList();
        assertThat(console).noneMatch(message -> message.contains("Content Security Policy")
                || message.contains("Content-Security-Policy") || message.contains("Permissions-Policy"));
        AxeViews.check(browser);

        browser.executeScript("""
                window.cspViolations = [];
                document.addEventListener('securitypolicyviolation',
                    e => window.cspViolations.push(e.effectiveDirective + ' ' + e.blockedURI));
                const script = document.createElement('script');
                script.textContent = 'window.injectedScriptRan = true;';
                document.body.appendChild(script);
                const holder = document.createElement('div');
                holder.innerHTML = '<img src="/no-such-image.png" onerror="window.injectedHandlerRan = true">';
                document.body.appendChild(holder);
                """);
        // An inline script element runs as it is added, if it runs at all.
        assertThat(browser.executeScript("return window.injectedScriptRan === true")).isEqualTo(false);
        wait.until(d -> ((List<?>) browser.executeScript("return window.cspViolations")).size() >= 2);
        assertThat(browser.executeScript("return window.injectedHandlerRan === true")).isEqualTo(false);
        assertThat(String.valueOf(browser.executeScript("return window.cspViolations.join('|')")))
                .contains("script-src-elem inline", "script-src-attr inline");
        assertThat(browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage))
                .anyMatch(message -> message.contains("Content Security Policy"));
    }
}
