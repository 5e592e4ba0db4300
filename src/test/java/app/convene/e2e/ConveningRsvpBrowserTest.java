package app.convene.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.support.AxeViews;
import app.convene.support.Chromium;
import app.convene.support.KeycloakBrowserTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 15's story in Chromium with the real Keycloak and the demo mailbox: a member takes the only seat of a
 * public convening; a visitor asks as a guest, confirms from the mailbox and is waitlisted; the member cancels
 * and the guest is promoted, which the mail tells them.
 */
@KeycloakBrowserTest
class ConveningRsvpBrowserTest {

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
    void aVisitorRsvpsAsAGuestConfirmsFromTheMailboxIsWaitlistedAndIsPromotedWhenTheMemberCancels() throws Exception {
        String title = "Small-room workshop " + UUID.randomUUID().toString().substring(0, 8);
        Instant start = Instant.now().plus(20, ChronoUnit.DAYS);
        long id = jdbc.queryForObject("""
                insert into convening (initiative_id, kind, title, starts_at, ends_at, format, venue, address, capacity,
                                       visibility)
                values ((select id from initiative where slug = 'equity-at-work'), 'OTHER', ?, ?, ?, 'IN_PERSON',
                        'Union Hall', '12 Main St, Atlanta', 1, 'PUBLIC') returning id""", Long.class, title,
                Timestamp.from(start), Timestamp.from(start.plus(2, ChronoUnit.HOURS)));
        String page = APP + "/convenings/" + id;

        // 1. A member (Jordan Ellis, a stakeholder) takes the only seat.
        ChromeDriver member = browser();
        WebDriverWait memberWait = new WebDriverWait(member, Duration.ofSeconds(90), Chromium.POLL);
        Chromium.signIn(member, memberWait, APP, "stakeholder1", "convene-demo");
        member.get(page);
        click(member, memberWait.until(ExpectedConditions.elementToBeClickable(By.id("rsvp-button"))));
        memberWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("rsvp-status"), "Confirmed"));
        AxeViews.check(member);

        // 2. A visitor asks for a seat as a guest.
        String email = "story-guest-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        ChromeDriver visitor = browser();
        WebDriverWait visitorWait = new WebDriverWait(visitor, Duration.ofSeconds(90), Chromium.POLL);
        visitor.get(page);
        visitorWait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), title));
        type(visitorWait, "rsvp-guest-name", "Rosa Visitor");
        type(visitorWait, "rsvp-guest-email", email);
        type(visitorWait, "rsvp-guest-organization", "Invented Neighbourhood Alliance");
        AxeViews.check(visitor);
        click(visitor, visitor.findElement(By.id("rsvp-guest-send")));
        visitorWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("rsvp-guest-sent"), email));
        AxeViews.check(visitor);

        // 3. The confirmation link arrives in the demo mailbox; the visitor follows it and is waitlisted.
        ChromeDriver admin = browser();
        WebDriverWait adminWait = new WebDriverWait(admin, Duration.ofSeconds(90), Chromium.POLL);
        Chromium.signIn(admin, adminWait, APP, "admin", "convene-demo");
        String confirm = linkInMailbox(admin, adminWait, email, "Confirm your RSVP", "/rsvp/confirm/");
        visitor.get(confirm);
        click(visitor, visitorWait.until(ExpectedConditions.elementToBeClickable(By.id("rsvp-confirm-button"))));
        visitorWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("rsvp-link-result"),
                "you are number 1 on the waitlist"));
        AxeViews.check(visitor);
        assertThat(jdbc.queryForObject("select status from rsvp where convening_id = ? and guest_email = ?",
                String.class, id, email)).isEqualTo("WAITLISTED");

        // 4. The member cancels; the guest takes the seat and the mailbox tells them.
        member.get(page);
        click(member, memberWait.until(ExpectedConditions.elementToBeClickable(By.id("rsvp-cancel-button"))));
        memberWait.until(ExpectedConditions.elementToBeClickable(By.id("rsvp-button")));
        AxeViews.check(member);
        String cancel = linkInMailbox(admin, adminWait, email, "A seat opened: " + title, "/rsvp/cancel/");
        assertThat(jdbc.queryForObject("select status from rsvp where convening_id = ? and guest_email = ?",
                String.class, id, email)).isEqualTo("CONFIRMED");

        // 5. The promoted guest's own cancel link shows the seat is theirs until they use it.
        visitor.get(cancel);
        visitorWait.until(ExpectedConditions.elementToBeClickable(By.id("rsvp-cancel-link-button")));
        AxeViews.check(visitor);
    }

    /**
     * Opens the demo mailbox until a mail to {@code email} whose subject starts with {@code subject} is there;
     * returns its link containing {@code path}.
     */
    private static String linkInMailbox(ChromeDriver admin, WebDriverWait wait, String email, String subject,
                                        String path) {
        By link = By.xpath("//article[contains(., '" + email + "') and .//h2[starts-with(normalize-space(.), '"
                + subject + "')]]//a[contains(@href, '" + path + "')]");
        return wait.withTimeout(Duration.ofSeconds(60)).until(d -> {
            d.get(APP + "/demo/mailbox");
            new WebDriverWait(d, Duration.ofSeconds(20), Chromium.POLL).until(
                    ExpectedConditions.presenceOfElementLocated(By.cssSelector("#main-content h1")));
            List<WebElement> found = d.findElements(link);
            if (found.isEmpty()) {
                return null;
            }
            AxeViews.check(admin);
            return found.getFirst().getDomAttribute("href");
        });
    }

    private static void type(WebDriverWait wait, String id, String text) {
        WebElement field = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#" + id + " input")));
        field.sendKeys(text);
    }

    private static void click(ChromeDriver browser, WebElement element) {
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }
}
