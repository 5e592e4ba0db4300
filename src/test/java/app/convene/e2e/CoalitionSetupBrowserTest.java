package app.convene.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.support.AxeViews;
import app.convene.support.Chromium;
import app.convene.support.KeycloakBrowserTest;
import java.time.Duration;
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
 * A fifth coalition sets itself up in the browser, with the real Keycloak and the demo mailbox: the
 * administrator creates the initiative as a draft and appoints its first coordinator by email; she sets
 * her password from the mailed link, adds three goals with strategies, reorders them, adds a partner and
 * publishes; a visitor then reads the page in English and in Spanish.
 */
@KeycloakBrowserTest
class CoalitionSetupBrowserTest {

    static final String APP = "http://localhost:18080";
    static final String NAME = "Inland Empire Good Jobs Table";
    static final String SLUG = "inland-empire-good-jobs-table";

    @Autowired
    JdbcTemplate jdbc;

    private final List<ChromeDriver> browsers = new ArrayList<>();

    private ChromeDriver browser(String language) throws Exception {
        ChromeDriver browser = Chromium.start(language);
        browsers.add(browser);
        return browser;
    }

    @AfterEach
    void close() {
        browsers.forEach(ChromeDriver::quit);
    }

    private static WebDriverWait waitIn(ChromeDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(90), Chromium.POLL);
    }

    @Test
    void anAdministratorAndANewCoordinatorSetUpACoalitionThatVisitorsReadInEnglishAndSpanish() throws Exception {
        String email = "rosa." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";

        // 1. The administrator creates the initiative: a draft, at the address suggested from its name.
        ChromeDriver admin = browser("en-US");
        WebDriverWait adminWait = waitIn(admin);
        Chromium.signIn(admin, adminWait, APP, "admin", "convene-demo");
        admin.get(APP + "/admin/initiatives");
        adminWait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#initiative-name input"))).sendKeys(NAME);
        AxeViews.check(admin);
        admin.findElement(By.cssSelector("#initiative-region input")).sendKeys("Riverside and San Bernardino counties, CA");
        adminWait.until(d -> SLUG.equals(d.findElement(By.cssSelector("#initiative-slug input")).getDomProperty("value")));
        admin.findElement(By.id("initiative-create")).click();
        adminWait.until(ExpectedConditions.urlContains("/admin/initiatives/" + SLUG));
        adminWait.until(ExpectedConditions.visibilityOfElementLocated(By.id("coordinator-email")));
        AxeViews.check(admin);
        assertThat(jdbc.queryForObject("select status from initiative where slug = ?", String.class, SLUG)).isEqualTo("DRAFT");

        // A draft is not there for the public.
        ChromeDriver early = browser("en-US");
        early.get(APP + "/initiatives/" + SLUG);
        waitIn(early).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#main-content h1")));
        assertThat(early.findElement(By.tagName("body")).getText()).doesNotContain(NAME);

        // 2. …and appoints its first coordinator, whom Convene does not know yet, by email.
        admin.findElement(By.cssSelector("#coordinator-name input")).sendKeys("Rosa Delgado");
        admin.findElement(By.cssSelector("#coordinator-email input")).sendKeys(email);
        admin.findElement(By.id("coordinator-invite")).click();
        adminWait.until(d -> d.findElement(By.id("coordinator-list")).getText().contains("Rosa Delgado"));
        AxeViews.check(admin);

        // 3. Keycloak's mail reaches the demo mailbox; the new coordinator follows its link and sets a password.
        String link = setPasswordLink(admin, adminWait, email);
        ChromeDriver rosa = browser("en-US");
        WebDriverWait rosaWait = waitIn(rosa);
        rosa.get(link);
        rosaWait.until(d -> !d.findElements(By.id("password-new")).isEmpty()
                || !d.findElements(By.partialLinkText("proceed")).isEmpty());
        if (rosa.findElements(By.id("password-new")).isEmpty()) {
            rosa.findElement(By.partialLinkText("proceed")).click();
        }
        rosaWait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password-new"))).sendKeys("Inland-Empire-2026");
        rosa.findElement(By.id("password-confirm")).sendKeys("Inland-Empire-2026");
        rosa.findElement(By.cssSelector("[type=submit]")).click();
        rosaWait.until(d -> d.getPageSource().contains("Your account has been updated"));
        rosa.get(APP + "/initiatives/" + SLUG + "/goals");
        if (rosa.findElements(By.className("cv-user-name")).isEmpty()) {
            Chromium.signIn(rosa, rosaWait, APP, email, "Inland-Empire-2026");
            rosa.get(APP + "/initiatives/" + SLUG + "/goals");
        }
        rosaWait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("cv-user-name"), "Rosa Delgado"));

        // 4. Three goals with their strategies; the third goes without a Spanish title.
        addGoal(rosa, rosaWait, "Fair-chance hiring", "Contratación con segunda oportunidad",
                "Employers sign a fair-chance pledge", "Reentry navigators in every county office");
        addGoal(rosa, rosaWait, "Good jobs in logistics", "Buenos empleos en logística",
                "Heat safety standards in warehouses");
        addGoal(rosa, rosaWait, "Childcare for shift workers", null,
                "Extended-hours childcare pilot", "Employer childcare fund");
        assertThat(goalTitles()).containsExactly("Fair-chance hiring", "Good jobs in logistics", "Childcare for shift workers");

        // …and moves the third one to the top.
        rosa.findElement(By.id("goal-up-3")).click();
        rosaWait.until(d -> goalTitles().getFirst().equals("Fair-chance hiring") && goalTitles().get(1).equals("Childcare for shift workers"));
        rosaWait.until(ExpectedConditions.elementToBeClickable(By.id("goal-up-2"))).click();
        rosaWait.until(d -> goalTitles().getFirst().equals("Childcare for shift workers"));
        AxeViews.check(rosa);
        assertThat(goalTitles()).containsExactly("Childcare for shift workers", "Fair-chance hiring", "Good jobs in logistics");

        // 5. A partner: a new organization, as founding partner.
        rosa.get(APP + "/initiatives/" + SLUG + "/partners");
        rosaWait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-radio-button[normalize-space(.)='A new organization']"))).click();
        rosaWait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#partner-new-name input")))
                .sendKeys("Inland Empire Labor Council");
        choose(rosa, rosaWait, "partner-new-type", "Labor organization");
        choose(rosa, rosaWait, "partner-role", "Founding partner");
        AxeViews.check(rosa);
        rosa.findElement(By.id("partner-add")).click();
        rosaWait.until(d -> d.getPageSource().contains("Inland Empire Labor Council is now a partner."));
        AxeViews.check(rosa);

        // 6. She publishes from the draft's banner.
        rosa.get(APP + "/initiatives/" + SLUG);
        rosaWait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), NAME));
        AxeViews.check(rosa);
        rosaWait.until(ExpectedConditions.elementToBeClickable(By.id("initiative-banner-publish"))).click();
        rosaWait.withMessage(() -> "the initiative was not published; the page said: "
                        + rosa.findElement(By.tagName("body")).getText())
                .until(d -> "PUBLISHED".equals(jdbc.queryForObject("select status from initiative where slug = ?",
                        String.class, SLUG)));
        rosaWait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("initiative-status-banner")));
        AxeViews.check(rosa);

        // 7. A visitor reads it in English…
        ChromeDriver visitor = browser("en-US");
        WebDriverWait visitorWait = waitIn(visitor);
        visitor.get(APP + "/initiatives/" + SLUG);
        visitorWait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), NAME));
        AxeViews.check(visitor);
        assertThat(texts(visitor, ".cv-goal h3")).containsExactly(
                "Childcare for shift workers", "Fair-chance hiring", "Good jobs in logistics");
        assertThat(texts(visitor, ".cv-goal li")).contains("Employers sign a fair-chance pledge", "Employer childcare fund");
        assertThat(visitor.findElement(By.tagName("body")).getText()).contains("Inland Empire Labor Council");
        visitor.get(APP);
        visitorWait.until(d -> d.findElement(By.tagName("body")).getText().contains(NAME));

        // …and in Spanish: the Spanish titles, and the untranslated one in English, marked as English.
        ChromeDriver lector = browser("en-US");
        WebDriverWait lectorWait = waitIn(lector);
        lector.get(APP + "/");
        lectorWait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-select.cv-language"))).click();
        lectorWait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-select-item[normalize-space()='Español']"))).click();
        lectorWait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Iniciativas"));
        lector.get(APP + "/initiatives/" + SLUG);
        lectorWait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), NAME));
        AxeViews.check(lector);
        List<WebElement> titles = lector.findElements(By.cssSelector(".cv-goal h3"));
        assertThat(titles.stream().map(WebElement::getText).toList()).containsExactly(
                "Childcare for shift workers", "Contratación con segunda oportunidad", "Buenos empleos en logística");
        assertThat(titles.getFirst().getDomAttribute("lang")).isEqualTo("en");
        assertThat(titles.get(1).getDomAttribute("lang")).isNull();
        assertThat(lector.findElement(By.tagName("html")).getDomAttribute("lang")).startsWith("es");
        assertThat(lector.findElement(By.tagName("body")).getText()).contains("Socio fundador");
    }

    private void addGoal(ChromeDriver browser, WebDriverWait wait, String title, String spanishTitle, String... strategies) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#goal-title input"))).sendKeys(title);
        if (spanishTitle != null) {
            browser.findElement(By.cssSelector("#goal-title-translation input")).sendKeys(spanishTitle);
        }
        for (int n = 1; n <= strategies.length; n++) {
            browser.findElement(By.id("strategy-add")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#strategy-text-" + n + " input")))
                    .sendKeys(strategies[n - 1]);
        }
        AxeViews.check(browser);
        browser.findElement(By.id("goal-save")).click();
        wait.until(d -> goalTitles().contains(title));
        // The form is empty again, for the next goal.
        wait.until(d -> d.findElement(By.cssSelector("#goal-title input")).getDomProperty("value").isEmpty());
    }

    /** The initiative's goals as stored, in order (retired ones left out). */
    private List<String> goalTitles() {
        return jdbc.queryForList("""
                select g.title from strategic_goal g join initiative i on i.id = g.initiative_id
                where i.slug = ? and not g.retired order by g.position""", String.class, SLUG);
    }

    private static void choose(ChromeDriver browser, WebDriverWait wait, String selectId, String option) {
        browser.findElement(By.id(selectId)).click();
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-select-item[normalize-space(.)='" + option + "']"))).click();
        wait.until(d -> d.findElement(By.id(selectId)).getText().contains(option)
                || option.equals(d.findElement(By.id(selectId)).getDomProperty("value"))
                || d.findElements(By.xpath("//vaadin-select-item[normalize-space(.)='" + option + "']"))
                        .stream().noneMatch(WebElement::isDisplayed));
    }

    private static List<String> texts(ChromeDriver browser, String css) {
        return browser.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    /** Opens the demo mailbox until Keycloak's mail to {@code email} is there; returns its set-password link. */
    private static String setPasswordLink(ChromeDriver admin, WebDriverWait wait, String email) {
        By link = By.xpath("//article[contains(., '" + email + "')]//a[contains(@href, 'action-token')]");
        return wait.withTimeout(Duration.ofSeconds(60)).until(d -> {
            d.get(APP + "/demo/mailbox");
            new WebDriverWait(d, Duration.ofSeconds(20), Chromium.POLL).until(
                    ExpectedConditions.presenceOfElementLocated(By.cssSelector("#main-content h1")));
            List<WebElement> found = d.findElements(link);
            if (found.isEmpty()) {
                return null;
            }
            AxeViews.check(admin);
            return found.getFirst().getDomAttribute("href").replace("&amp;", "&");
        });
    }
}
