package app.convene.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.support.AxeViews;
import app.convene.support.Chromium;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The running application in a real Chromium: what a visitor sees on the home and an initiative page. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PublicPagesBrowserTest {

    static ChromeDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = Chromium.start("en-US");
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void visitorReadsTheHomePageAndOpensAnInitiative() {
        browser.get("http://localhost:" + port + "/");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60), Chromium.POLL);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Initiatives"));
        AxeViews.check(browser);

        List<String> names = browser.findElements(By.cssSelector(".cv-card h2 a")).stream().map(WebElement::getText).toList();
        assertThat(names).containsExactly("California Workforce Development Worker Equity Initiative (WEI)",
                "Equity@Work", "Good Jobs & Equity Project", "Puget Sound Workforce Intermediary");
        assertThat(browser.getTitle()).isEqualTo("Initiatives · Convene");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");

        browser.findElement(By.linkText("Equity@Work")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Equity@Work"));
        AxeViews.check(browser);

        assertThat(browser.getCurrentUrl()).endsWith("/initiatives/equity-at-work");
        String page = browser.findElement(By.id("main-content")).getText();
        assertThat(page).contains("We seek to advance economic mobility", "5 strategic goals", "Youth Transition",
                "Re-engagement and Strategic Action Plan", "Federal Reserve Bank of Atlanta", "Founding partner");
    }

    @Test
    void unknownInitiativeShowsAFriendlyNotFoundPage() {
        browser.get("http://localhost:" + port + "/initiatives/no-such-coalition");
        new WebDriverWait(browser, Duration.ofSeconds(60), Chromium.POLL)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Page not found"));
        AxeViews.check(browser);
        assertThat(browser.findElement(By.id("main-content")).getText()).doesNotContain("Exception");
    }
}
