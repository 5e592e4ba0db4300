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

/**
 * Issue 17 in Chromium with the real Keycloak: a member has their notices open; a lead approves their request to
 * join a workgroup; the member's open page shows the new notice and the header's count without a reload (push).
 */
@KeycloakBrowserTest
class NoticesPushBrowserTest {

    static final String APP = "http://localhost:18080";
    private final List<ChromeDriver> browsers = new ArrayList<>();

    @Autowired
    JdbcTemplate jdbc;

    private Long priya;
    private long workgroup;

    @AfterEach
    void close() {
        browsers.forEach(ChromeDriver::quit);
        if (priya != null) {
            jdbc.update("delete from workgroup_member where workgroup_id = ? and person_id = ?", workgroup, priya);
            jdbc.update("delete from join_request where workgroup_id = ? and person_id = ?", workgroup, priya);
            jdbc.update("delete from notice where person_id = ?", priya);
        }
    }

    private ChromeDriver signedIn(String username) throws Exception {
        ChromeDriver browser = Chromium.start("en-US");
        browsers.add(browser);
        Chromium.signIn(browser, new WebDriverWait(browser, Duration.ofSeconds(90), Chromium.POLL), APP, username, "convene-demo");
        return browser;
    }

    @Test
    void aLeadApprovesAJoinRequestAndTheMembersOpenPageShowsTheNoticeWithoutAReload() throws Exception {
        ChromeDriver member = signedIn("stakeholder2");
        WebDriverWait memberWait = new WebDriverWait(member, Duration.ofSeconds(90), Chromium.POLL);
        priya = jdbc.queryForObject("select id from person where email = 'priya.nair@example.org'", Long.class);
        workgroup = jdbc.queryForObject("""
                select w.id from workgroup w join initiative i on i.id = w.initiative_id
                where i.slug = 'equity-at-work' and w.name = 'Youth Transition'""", Long.class);
        jdbc.update("delete from notice where person_id = ?", priya);
        jdbc.update("insert into join_request (workgroup_id, person_id, reason, status) values (?, ?, ?, 'PENDING')",
                workgroup, priya, "I run the district's internship programme");

        member.get(APP + "/my/notices");
        memberWait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Notices"));
        memberWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notices-link"), "Notices"));
        assertThat(member.findElement(By.id("notices-link")).getText()).isEqualTo("Notices");
        assertThat(member.getPageSource()).contains("No notices yet.");
        // A marker on the page: a reload would drop it.
        member.executeScript("window.cvStillThisPage = true;");

        ChromeDriver lead = signedIn("lead");
        WebDriverWait leadWait = new WebDriverWait(lead, Duration.ofSeconds(90), Chromium.POLL);
        lead.get(APP + "/workgroups/" + workgroup);
        leadWait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-tab[normalize-space(.)='Join requests']"))).click();
        leadWait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-button[aria-label='Approve Priya Nair']"))).click();
        leadWait.until(d -> d.getPageSource().contains("Priya Nair has joined the workgroup."));

        memberWait.until(ExpectedConditions.textToBe(By.id("notices-link"), "Notices (1 new)"));
        memberWait.until(d -> d.getPageSource().contains("Your request to join Youth Transition was approved."));
        assertThat(member.executeScript("return window.cvStillThisPage === true;")).as("no reload").isEqualTo(true);
        assertThat(member.findElement(By.id("notices-arrived")).getAttribute("textContent"))
                .isEqualTo("A new notice arrived: 1 unread.");
        assertThat(member.findElement(By.cssSelector(".cv-notice-unread")).getText()).contains("Unread");
        AxeViews.check(member);
    }
}
