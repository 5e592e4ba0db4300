package app.convene.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.support.AxeViews;
import app.convene.support.Chromium;
import app.convene.support.KeycloakBrowserTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Unknown and forbidden addresses for real, in Chromium with the real Keycloak: a signed-out
 * reader of a protected page gets the refusal page, signs in from it and comes back; a signed-in
 * reader gets the not-found page (404) and the refusal page (403) with real HTTP status codes,
 * never a bare browser error.
 */
@KeycloakBrowserTest
class AddressesBrowserTest {

    static final String APP = "http://localhost:18080";

    ChromeDriver browser;
    WebDriverWait wait;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void signedOutReaderOfAProtectedPageSignsInFromTheRefusalPageAndComesBack() throws Exception {
        browser = Chromium.start("en-US");
        wait = new WebDriverWait(browser, Duration.ofSeconds(90), Chromium.POLL);

        browser.get(APP + "/admin/audit");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Not available to you"));
        AxeViews.check(browser);
        assertThat(browser.getCurrentUrl()).isEqualTo(APP + "/admin/audit");
        assertThat(browser.getTitle()).isEqualTo("Not available to you · Convene");

        browser.findElement(By.linkText("Sign in to see this page")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys("convene-demo");
        browser.findElement(By.id("kc-login")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Audit log"));
        AxeViews.check(browser);
        assertThat(browser.getCurrentUrl()).isEqualTo(APP + "/admin/audit");
    }

    @Test
    void signedInReaderGetsTheNotFoundAndRefusalPagesWithRealStatusCodes() throws Exception {
        browser = Chromium.start("en-US");
        wait = new WebDriverWait(browser, Duration.ofSeconds(90), Chromium.POLL);
        Chromium.signIn(browser, wait, APP, "stakeholder1", "convene-demo");

        browser.get(APP + "/nope");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Page not found"));
        AxeViews.check(browser);
        assertThat(browser.getTitle()).isEqualTo("Page not found · Convene");
        assertThat(browser.findElements(By.className("cv-user-name"))).isNotEmpty();

        Cookie session = browser.manage().getCookieNamed("JSESSIONID");
        for (String path : new String[] {"/nope", "/initiatives", "/workgroups/abc",
                "/initiatives/equity-at-work/organizations/abc"}) {
            HttpResponse<String> response = get(path, session);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).contains("Page not found");
        }
        HttpResponse<String> audit = get("/admin/audit", session);
        assertThat(audit.statusCode()).isEqualTo(403);
        assertThat(audit.body()).contains("Not available to you").doesNotContain("Sign in to see this page");
    }

    private static HttpResponse<String> get(String path, Cookie session) throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        return http.send(HttpRequest.newBuilder(URI.create(APP + path)).header("Accept", "text/html")
                .header("Cookie", session.getName() + "=" + session.getValue())
                .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
