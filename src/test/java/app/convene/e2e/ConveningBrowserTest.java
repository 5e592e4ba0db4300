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
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** In Chromium: a visitor reads a public convening from the initiative page; the coordinator opens the editor. */
@KeycloakBrowserTest
class ConveningBrowserTest {

    static final String APP = "http://localhost:18080";
    private final List<ChromeDriver> browsers = new ArrayList<>();

    @Autowired
    JdbcTemplate jdbc;

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
    void aVisitorFollowsTheKickoffFromTheInitiativePageAndTheCoordinatorOpensTheEditorAndTheAgenda() throws Exception {
        ChromeDriver visitor = browser();
        WebDriverWait wait = new WebDriverWait(visitor, Duration.ofSeconds(90), Chromium.POLL);
        visitor.get(APP + "/initiatives/equity-at-work");
        var link = wait.until(ExpectedConditions.presenceOfElementLocated(By.linkText("Equity@Work kickoff")));
        AxeViews.check(visitor);
        visitor.executeScript("arguments[0].scrollIntoView({block: 'center'})", link);
        link.click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Equity@Work kickoff"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("convening-agenda")));
        assertThat(visitor.findElement(By.id("convening-details")).getText()).contains("Atlanta, Georgia");
        AxeViews.check(visitor);

        long kickoff = jdbc.queryForObject("select id from convening where title = 'Equity@Work kickoff'", Long.class);
        ChromeDriver coordinator = browser();
        WebDriverWait coordinatorWait = new WebDriverWait(coordinator, Duration.ofSeconds(90), Chromium.POLL);
        Chromium.signIn(coordinator, coordinatorWait, APP, "coordinator", "convene-demo");
        coordinator.get(APP + "/initiatives/equity-at-work/convenings");
        var add = coordinatorWait.until(ExpectedConditions.elementToBeClickable(By.id("convening-new")));
        AxeViews.check(coordinator);
        add.click();
        coordinatorWait.until(ExpectedConditions.visibilityOfElementLocated(By.id("convening-title")));
        AxeViews.check(coordinator);
        var agenda = coordinator.findElement(By.id("convening-agenda-" + kickoff));
        coordinator.executeScript("arguments[0].scrollIntoView({block: 'center'})", agenda);
        agenda.click();
        coordinatorWait.until(ExpectedConditions.visibilityOfElementLocated(By.id("agenda-title-0")));
        AxeViews.check(coordinator);
    }
}
