package app.convene.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.support.AxeViews;
import app.convene.support.Chromium;
import app.convene.support.KeycloakBrowserTest;
import app.convene.support.Keyboard;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** In Chromium with the real Keycloak: a stakeholder asks to join a workgroup, its lead approves, the member reads the notes. */
@KeycloakBrowserTest
class WorkgroupBrowserTest {

    static final String APP = "http://localhost:18080";
    private final List<ChromeDriver> browsers = new ArrayList<>();

    @AfterEach
    void close() {
        browsers.forEach(ChromeDriver::quit);
    }

    private ChromeDriver signedIn(String username) throws Exception {
        ChromeDriver browser = Chromium.start("en-US");
        browsers.add(browser);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(90), Chromium.POLL);
        Chromium.signIn(browser, wait, APP, username, "convene-demo");
        return browser;
    }

    /** From the initiative's page to the workgroup's with Tab and Enter. */
    private static void openYouthTransition(ChromeDriver browser, WebDriverWait wait) {
        browser.get(APP + "/initiatives/equity-at-work");
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Youth Transition")));
        Keyboard.tabTo(browser, "Youth Transition", 80);
        Keyboard.press(browser, Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Youth Transition"));
        AxeViews.check(browser);
    }

    @Test
    void stakeholderAsksLeadApprovesMemberReadsTheNotes() throws Exception {
        ChromeDriver jordan = signedIn("stakeholder1");
        WebDriverWait jordanWait = new WebDriverWait(jordan, Duration.ofSeconds(90), Chromium.POLL);
        openYouthTransition(jordan, jordanWait);
        assertThat(jordan.findElements(By.xpath("//vaadin-tab"))).as("no member tabs yet").isEmpty();
        // With the keyboard alone: Tab reaches the reason and then Ask to join; Enter asks.
        Keyboard.tabTo(jordan, "Why you want to join (optional)", 60);
        Keyboard.type(jordan, "I connect employers with schools");
        Keyboard.tabTo(jordan, "Ask to join", 1);
        Keyboard.press(jordan, Keys.ENTER);
        jordanWait.until(d -> d.getPageSource().contains("Your request to join is waiting for the leads."));
        AxeViews.check(jordan);

        ChromeDriver sam = signedIn("lead");
        WebDriverWait samWait = new WebDriverWait(sam, Duration.ofSeconds(90), Chromium.POLL);
        openYouthTransition(sam, samWait);
        // With the keyboard alone: Tab to the tabs, the arrows to Join requests, Enter opens it; then Tab
        // reaches the note and the named Approve button in order, with no row to select first; Enter approves.
        samWait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//vaadin-tab[normalize-space(.)='Join requests']")));
        Keyboard.tabTo(sam, stop -> stop.tag().equals("vaadin-tab"), "the workgroup's tabs", 60);
        Keyboard.arrowTo(sam, Keys.ARROW_RIGHT, "Join requests", 6);
        Keyboard.press(sam, Keys.ENTER);
        samWait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-button[aria-label='Approve Jordan Ellis']")));
        AxeViews.check(sam);
        List<String> stops = Keyboard.tabTo(sam, "Approve Jordan Ellis", 6).stream().map(Keyboard.Stop::name).toList();
        assertThat(stops).as("tab stops after the tab").containsSubsequence("Note to Jordan Ellis (optional)",
                "Approve Jordan Ellis");
        Keyboard.press(sam, Keys.ENTER);
        samWait.until(d -> d.getPageSource().contains("Jordan Ellis has joined the workgroup."));
        AxeViews.check(sam);

        jordan.navigate().refresh();
        jordanWait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Youth Transition"));
        jordanWait.until(d -> d.getPageSource().contains("Notices (1 new)"));
        jordanWait.until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-tab[normalize-space(.)='Notes']"))).click();
        jordanWait.until(d -> d.getPageSource().contains("Draft the pathway inventory template"));
        AxeViews.check(jordan);
        assertThat(jordan.getPageSource()).contains("You are a member of this workgroup.");
    }
}
