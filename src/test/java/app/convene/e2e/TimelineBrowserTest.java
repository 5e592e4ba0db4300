package app.convene.e2e;

import app.convene.support.AxeViews;
import app.convene.support.Chromium;
import app.convene.support.KeycloakBrowserTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** In Chromium with the real Keycloak: a lead marks their workgroup's milestone done; the public page shows it. */
@KeycloakBrowserTest
class TimelineBrowserTest {

    static final String APP = "http://localhost:18080";
    private final List<ChromeDriver> browsers = new ArrayList<>();

    @AfterEach
    void close() {
        browsers.forEach(ChromeDriver::quit);
    }

    private ChromeDriver browser() throws Exception {
        ChromeDriver browser = Chromium.start("en-US");
        browsers.add(browser);
        return browser;
    }

    @Test
    void leadMarksAMilestoneDoneAndThePublicPageShowsTheProgress() throws Exception {
        ChromeDriver visitor = browser();
        WebDriverWait visitorWait = new WebDriverWait(visitor, Duration.ofSeconds(90), Chromium.POLL);
        visitor.get(APP + "/initiatives/equity-at-work");
        visitorWait.until(d -> d.getPageSource().contains("1 of 3 public milestones done"));
        AxeViews.check(visitor);

        ChromeDriver lead = browser();
        WebDriverWait wait = new WebDriverWait(lead, Duration.ofSeconds(90), Chromium.POLL);
        Chromium.signIn(lead, wait, APP, "lead", "convene-demo");
        lead.get(APP + "/initiatives/equity-at-work/timeline");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Timeline"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("svg.cv-timeline")));
        AxeViews.check(lead);
        var cell = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-grid-cell-content[normalize-space(.)='Pathway inventory across the core counties']")));
        lead.executeScript("arguments[0].scrollIntoView({block: 'center'})", cell);
        wait.until(ExpectedConditions.elementToBeClickable(cell)).click();
        var status = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("milestone-new-status")));
        AxeViews.check(lead);
        lead.executeScript("arguments[0].scrollIntoView({block: 'center'})", status);
        wait.until(ExpectedConditions.elementToBeClickable(status)).click();
        // Two selects offer "Done" (the filter and the new status): take the one that is open.
        wait.until(d -> d.findElements(By.xpath("//vaadin-select-item[normalize-space(.)='Done']")).stream()
                .filter(org.openqa.selenium.WebElement::isDisplayed).findFirst().orElse(null)).click();
        lead.findElement(By.cssSelector("vaadin-text-area textarea")).sendKeys("All five counties mapped");
        var save = lead.findElement(By.id("milestone-save-status"));
        lead.executeScript("arguments[0].scrollIntoView({block: 'center'})", save);
        save.click();
        wait.until(d -> d.getPageSource().contains("The status is saved."));
        AxeViews.check(lead);

        visitor.navigate().refresh();
        visitorWait.until(d -> d.getPageSource().contains("2 of 3 public milestones done"));
        AxeViews.check(visitor);
    }
    @Test
    void coordinatorCancelsAMilestoneWithAReasonAfterTheConfirmationAsksForIt() throws Exception {
        ChromeDriver coordinator = browser();
        WebDriverWait wait = new WebDriverWait(coordinator, Duration.ofSeconds(90), Chromium.POLL);
        Chromium.signIn(coordinator, wait, APP, "coordinator", "convene-demo");
        coordinator.get(APP + "/initiatives/worker-equity-initiative/timeline");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("svg.cv-timeline")));
        AxeViews.check(coordinator);
        var cell = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-grid-cell-content[normalize-space(.)='Joint learning and research sessions']")));
        coordinator.executeScript("arguments[0].scrollIntoView({block: 'center'})", cell);
        wait.until(ExpectedConditions.elementToBeClickable(cell)).click();
        var cancel = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("milestone-cancel")));
        coordinator.executeScript("arguments[0].scrollIntoView({block: 'center'})", cancel);
        wait.until(ExpectedConditions.elementToBeClickable(cancel)).click();

        By confirm = By.xpath("//vaadin-button[@slot='confirm-button'][normalize-space(.)='Cancel milestone']");
        wait.until(d -> d.findElements(confirm).stream().filter(org.openqa.selenium.WebElement::isDisplayed).findFirst()
                .orElse(null)).click();
        // Without a reason the confirmation asks again, saying what is missing; nothing is cancelled.
        wait.until(d -> d.getPageSource().contains("Say why the milestone is cancelled."));
        AxeViews.check(coordinator);
        var reason = wait.until(d -> d.findElements(By.xpath(
                "//vaadin-text-area[label[normalize-space(.)='Reason for cancelling']]//textarea")).stream()
                .filter(org.openqa.selenium.WebElement::isDisplayed).findFirst().orElse(null));
        reason.sendKeys("Folded into the phase 3 sessions");
        wait.until(d -> d.findElements(confirm).stream().filter(org.openqa.selenium.WebElement::isDisplayed).findFirst()
                .orElse(null)).click();

        wait.until(d -> d.getPageSource().contains("The milestone is cancelled."));
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-grid-cell-content[normalize-space(.)='Cancelled']")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("svg.cv-timeline g.tl-cancelled")));
        AxeViews.check(coordinator);
    }
}
