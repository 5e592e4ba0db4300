package app.convene.e2e;

import static app.convene.support.Keyboard.press;
import static app.convene.support.Keyboard.tab;
import static app.convene.support.Keyboard.tabTo;
import static app.convene.support.Keyboard.type;
import static org.assertj.core.api.Assertions.assertThat;

import app.convene.recommendations.DecisionService;
import app.convene.recommendations.RecommendationService;
import app.convene.security.Authorization;
import app.convene.support.Chromium;
import app.convene.support.Fixtures;
import app.convene.support.KeycloakBrowserTest;
import app.convene.support.Keyboard;
import app.convene.support.Keyboard.Stop;
import app.convene.timeline.MilestoneDraft;
import app.convene.timeline.MilestoneService;
import app.convene.timeline.MilestoneStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The main flows in Chromium with the keyboard alone: Tab, Shift+Tab, Enter, Space, arrows and typing,
 * never a click on the flow's controls. Every stop on the way has a name, a visible focus and is not
 * covered ({@link Keyboard}); each flow ends with its result on the page and in the database.
 * (Workgroup request and approval: {@link WorkgroupBrowserTest}.)
 */
@KeycloakBrowserTest
class KeyboardBrowserTest {

    static final String APP = "http://localhost:18080";
    private final List<ChromeDriver> browsers = new ArrayList<>();

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    MilestoneService milestones;
    @Autowired
    RecommendationService recommendations;
    @Autowired
    DecisionService decisions;

    @AfterEach
    void close() {
        browsers.forEach(ChromeDriver::quit);
    }

    private ChromeDriver browser() throws Exception {
        ChromeDriver browser = Chromium.start("en-US");
        browsers.add(browser);
        return browser;
    }

    private ChromeDriver signedIn(String username) throws Exception {
        ChromeDriver browser = browser();
        Chromium.signIn(browser, waitIn(browser), APP, username, "convene-demo");
        return browser;
    }

    private static WebDriverWait waitIn(ChromeDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(60), Chromium.POLL);
    }

    @Test
    void visitorJoinsAnInitiativeWithTheKeyboard() throws Exception {
        String email = "kim." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        ChromeDriver visitor = browser();
        WebDriverWait wait = waitIn(visitor);
        visitor.get(APP + "/initiatives/equity-at-work");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Equity@Work"));
        tabTo(visitor, "Join this initiative", 60);
        press(visitor, Keys.ENTER);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("join-name")));

        List<Stop> stops = new ArrayList<>(tabTo(visitor, "join-name", 30));
        type(visitor, "Kim Park");
        stops.addAll(tabTo(visitor, "join-email", 1));
        type(visitor, email);
        stops.addAll(tabTo(visitor, "join-organization", 1));
        type(visitor, "Westside Works");
        press(visitor, Keys.ENTER);
        stops.addAll(tabTo(visitor, "join-title", 1));
        stops.addAll(tabTo(visitor, "join-sector", 1));
        Keyboard.choose(visitor, "join-sector", "Worker center");
        for (String field : List.of("join-county", "join-region", "join-languages", "join-accessibility")) {
            stops.addAll(tabTo(visitor, field, 1));
        }
        stops.addAll(tabTo(visitor, stop -> stop.name().startsWith("Youth Transition"), "the goal Youth Transition", 8));
        press(visitor, Keys.SPACE);
        stops.addAll(tabTo(visitor, "join-consent", 8));
        press(visitor, Keys.SPACE);
        stops.addAll(tabTo(visitor, "join-submit", 3));
        assertThat(stops).as("the hidden trap for bots is no stop").noneMatch(stop -> stop.name().equals("Website"));
        // Shift+Tab goes back the same way: to the optional details, then the consent.
        Keyboard.shiftTabTo(visitor, "join-consent", 2);
        tabTo(visitor, "join-submit", 3);
        press(visitor, Keys.ENTER);

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Thank you"));
        // The focus goes to the confirmation (the button that had it is gone), and Tab goes on from there.
        wait.until(d -> (Boolean) ((ChromeDriver) d).executeScript(
                "return !!document.activeElement.closest('.cv-confirmation')"));
        tabTo(visitor, "Back to Equity@Work", 2);
        assertThat(jdbc.queryForObject("""
                select count(*) from registration r join registration_goal g on g.registration_id = r.id
                  join strategic_goal s on s.id = g.goal_id
                 where r.email = ? and r.name = 'Kim Park' and r.sector = 'WORKER_CENTER' and r.directory_consent
                   and s.title = 'Youth Transition'""", Integer.class, email)).isEqualTo(1);
    }

    @Test
    void leadChangesAMilestoneStatusWithTheKeyboard() throws Exception {
        String title = "Keyboard check " + UUID.randomUUID().toString().substring(0, 6);
        long equity = fixtures.initiativeId("equity-at-work");
        long youth = fixtures.workgroupId("equity-at-work", "Youth Transition");
        long id = Authorization.runAsSystem(() -> milestones.save(equity, null, null, new MilestoneDraft(title, null,
                null, youth, null, null, LocalDate.now().plusDays(90), MilestoneStatus.IN_PROGRESS, Set.of(), false)).id());

        ChromeDriver lead = signedIn("lead");
        WebDriverWait wait = waitIn(lead);
        lead.get(APP + "/initiatives/equity-at-work/timeline");
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-grid-cell-content[normalize-space(.)='" + title + "']")));
        // Into the table (its header, then its rows), down to the milestone, Space selects it.
        tabTo(lead, stop -> stop.tag().equals("th"), "the table's header", 40);
        tab(lead);
        Keyboard.arrowTo(lead, Keys.ARROW_DOWN, title, 30);
        press(lead, Keys.SPACE);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("milestone-new-status")));
        tabTo(lead, "milestone-new-status", 3);
        Keyboard.choose(lead, "milestone-new-status", "At risk");
        tabTo(lead, "Progress note", 1);
        type(lead, "The second county is late");
        tabTo(lead, "milestone-save-status", 2);
        press(lead, Keys.ENTER);

        wait.until(d -> d.getPageSource().contains("The status is saved."));
        // The panel closes with the save; the focus goes back to the table, not to the page's start.
        wait.until(d -> Keyboard.focused(lead).tag().equals("td"));
        assertThat(jdbc.queryForObject("select status from milestone where id = ?", String.class, id)).isEqualTo("AT_RISK");
        assertThat(jdbc.queryForObject("select note from milestone_progress where milestone_id = ? order by id desc limit 1",
                String.class, id)).isEqualTo("The second county is late");
    }

    private long newRecommendation(String title) {
        long wei = fixtures.initiativeId("worker-equity-initiative");
        return Authorization.runAsSystem(() -> recommendations.addRecommendation(recommendations.addSection(
                recommendations.createReport(wei, "Keyboard report"), "Principles"), title, "Pay living wages.").id());
    }

    private static void openRecommendation(ChromeDriver browser, long id, String title) {
        browser.get(APP + "/initiatives/worker-equity-initiative/recommendations/" + id);
        waitIn(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), title));
    }

    @Test
    void committeeMemberSavesARevisionWithTheKeyboard() throws Exception {
        String title = "Keyboard draft " + UUID.randomUUID().toString().substring(0, 6);
        long id = newRecommendation(title);
        ChromeDriver daniel = signedIn("committee1");
        openRecommendation(daniel, id, title);

        tabTo(daniel, "recommendation-title", 80);
        tabTo(daniel, "recommendation-body", 1);
        press(daniel, Keys.chord(Keys.CONTROL, Keys.END));
        type(daniel, " Review them every year.");
        tabTo(daniel, "recommendation-summary", 1);
        type(daniel, "Yearly review");
        tabTo(daniel, "recommendation-save", 1);
        press(daniel, Keys.ENTER);

        waitIn(daniel).until(d -> d.getPageSource().contains("Saved as revision 2."));
        assertThat(jdbc.queryForMap("select body, summary, author_name from recommendation_revision "
                + "where recommendation_id = ? and number = 2", id))
                .containsEntry("body", "Pay living wages. Review them every year.")
                .containsEntry("summary", "Yearly review").containsEntry("author_name", "Daniel Okafor");
    }

    @Test
    void committeeMemberObjectsWithAReasonWithTheKeyboard() throws Exception {
        String title = "Keyboard round " + UUID.randomUUID().toString().substring(0, 6);
        long id = newRecommendation(title);
        long round = Authorization.runAsSystem(() -> decisions.open(id, Instant.now().plus(Duration.ofDays(7)), 2, 3, true)).id();
        ChromeDriver lucia = signedIn("committee2");
        openRecommendation(lucia, id, title);

        // The decision part is built when opened (decision 0050): its heading's button, pressed with Enter
        tabTo(lucia, "recommendation-decisions-toggle", 150);
        press(lucia, Keys.ENTER);
        waitIn(lucia).until(d -> "true".equals(d.findElement(By.id("recommendation-decisions-toggle"))
                .getAttribute("aria-expanded")));
        tabTo(lucia, "Consent", 20);
        Keyboard.arrowTo(lucia, Keys.ARROW_DOWN, "Objection", 3);
        tabTo(lucia, "Reason", 1);
        type(lucia, "The wage floor needs a regional index");
        tabTo(lucia, "Record my response", 1);
        press(lucia, Keys.ENTER);

        waitIn(lucia).until(d -> d.getPageSource().contains("The wage floor needs a regional index"));
        assertThat(jdbc.queryForMap("select response, reason, person_name from decision_response where round_id = ?", round))
                .containsEntry("response", "OBJECTION").containsEntry("reason", "The wage floor needs a regional index")
                .containsEntry("person_name", "Lucía Hernández");
    }
}
