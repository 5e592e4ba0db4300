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
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(90));
        Chromium.signIn(browser, wait, APP, username, "convene-demo");
        return browser;
    }

    /** The accessible name of the focused element: aria-label, the labelling elements, or its text. */
    static String focusedName(ChromeDriver browser) {
        return (String) browser.executeScript("""
                let e = document.activeElement;
                while (e && e.shadowRoot && e.shadowRoot.activeElement) { e = e.shadowRoot.activeElement; }
                if (!e || e === document.body) { return ''; }
                let name = e.getAttribute('aria-label');
                if (!name && e.getAttribute('aria-labelledby')) {
                  name = e.getAttribute('aria-labelledby').split(' ')
                    .map(id => (document.getElementById(id) || {}).textContent || '').join(' ');
                }
                if (!name && e.labels && e.labels.length) { name = e.labels[0].textContent; }
                if (!name) { name = e.innerText || ''; }
                name = name.replace(/\\s+/g, ' ').trim();
                return name || ('unnamed <' + e.tagName.toLowerCase() + ' part=' + e.getAttribute('part')
                  + ' role=' + e.getAttribute('role') + '>');""");
    }

    private static void openYouthTransition(ChromeDriver browser, WebDriverWait wait) {
        browser.get(APP + "/initiatives/equity-at-work");
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Youth Transition"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Youth Transition"));
        AxeViews.check(browser);
    }

    @Test
    void stakeholderAsksLeadApprovesMemberReadsTheNotes() throws Exception {
        ChromeDriver jordan = signedIn("stakeholder1");
        WebDriverWait jordanWait = new WebDriverWait(jordan, Duration.ofSeconds(90));
        openYouthTransition(jordan, jordanWait);
        assertThat(jordan.findElements(By.xpath("//vaadin-tab"))).as("no member tabs yet").isEmpty();
        jordan.findElement(By.cssSelector("vaadin-text-area textarea")).sendKeys("I connect employers with schools");
        jordan.findElement(By.xpath("//vaadin-button[normalize-space(.)='Ask to join']")).click();
        jordanWait.until(d -> d.getPageSource().contains("Your request to join is waiting for the leads."));
        AxeViews.check(jordan);

        ChromeDriver sam = signedIn("lead");
        WebDriverWait samWait = new WebDriverWait(sam, Duration.ofSeconds(90));
        openYouthTransition(sam, samWait);
        samWait.until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-tab[normalize-space(.)='Join requests']"))).click();
        samWait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-button[aria-label='Approve Jordan Ellis']")));
        AxeViews.check(sam);
        // With the keyboard alone: from the selected tab, Tab reaches the note and the named Approve button in
        // order, with no unnamed stop and no row to select first; Enter approves.
        List<String> stops = new ArrayList<>();
        for (int i = 0; i < 6 && !stops.contains("Approve Jordan Ellis"); i++) {
            sam.switchTo().activeElement().sendKeys(Keys.TAB);
            stops.add(focusedName(sam));
        }
        assertThat(stops).as("tab stops after the tab").containsSubsequence("Note to Jordan Ellis (optional)",
                "Approve Jordan Ellis").noneMatch(name -> name.startsWith("unnamed"));
        sam.switchTo().activeElement().sendKeys(Keys.ENTER);
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
