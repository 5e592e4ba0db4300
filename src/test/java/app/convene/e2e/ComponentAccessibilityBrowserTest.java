package app.convene.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.support.Axe;
import app.convene.support.Chromium;
import app.convene.support.KeycloakBrowserTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In Chromium with the real Keycloak: axe-core finds nothing wrong in Convene's components where it once did (a
 * required select, the workgroup tabs, the phase editor's move buttons), and the timeline and workgroup pages read on
 * a 390 × 844 phone without scrolling sideways.
 */
@KeycloakBrowserTest
class ComponentAccessibilityBrowserTest {

    static final String APP = "http://localhost:18080";
    /** Page-wide rules fixed on their own branch (landmarks, links in text); everything else must be clean here. */
    static final List<String> PAGE_WIDE = List.of("region ", "link-in-text-block ");
    private final List<ChromeDriver> browsers = new ArrayList<>();
    private WebDriverWait wait;

    @AfterEach
    void close() {
        browsers.forEach(ChromeDriver::quit);
    }

    private ChromeDriver browser(String username) throws Exception {
        ChromeDriver browser = Chromium.start("en-US");
        browsers.add(browser);
        wait = new WebDriverWait(browser, Duration.ofSeconds(90), Chromium.POLL);
        if (username != null) {
            Chromium.signIn(browser, wait, APP, username, "convene-demo");
        }
        return browser;
    }

    private void open(ChromeDriver browser, String path, By ready) {
        browser.get(APP + path);
        wait.until(ExpectedConditions.presenceOfElementLocated(ready));
        // Let the components finish rendering (their roles and attributes are set once they are upgraded), and the
        // client finish its round trips: once in a full run, axe ran while the page's main landmark and heading were
        // not in the document (the button waited for was), and found neither.
        wait.until(d -> Boolean.TRUE.equals(((ChromeDriver) d).executeScript("""
                const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
                const idle = !clients || Object.values(clients).every(c => !c.isActive || !c.isActive());
                return idle && !!document.querySelector('vaadin-connection-indicator')
                    && !!document.querySelector('main') && !!document.querySelector('h1')
                    && document.readyState === 'complete';""")));
    }

    /**
     * axe's violations minus the page-wide rules, plus two rules axe leaves out by default, run on their own here:
     * the accessible name contains the visible text (experimental) and targets of at least 24 × 24 px (WCAG 2.5.8).
     */
    private static List<String> violations(ChromeDriver browser) {
        List<String> lines = new ArrayList<>(Axe.violations(browser).stream()
                .filter(line -> PAGE_WIDE.stream().noneMatch(line::startsWith)).toList());
        // Axe.violations has just loaded the axe script into the page.
        Object extra = browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: ['label-content-name-mismatch', 'target-size']})
                    .then(r => done(r.violations.flatMap(v => v.nodes.map(n => v.id + ': ' + n.html))));""");
        ((List<?>) extra).forEach(line -> lines.add(String.valueOf(line)));
        return lines;
    }

    @Test
    void aRequiredSelectOnTheJoinFormIsAllowedItsRequiredState() throws Exception {
        ChromeDriver visitor = browser(null);
        open(visitor, "/initiatives/equity-at-work/join", By.cssSelector("vaadin-select#join-sector vaadin-select-value-button"));

        assertThat(violations(visitor)).as("axe on the join form").isEmpty();
        // Still announced as required, and still shown as required.
        assertThat(visitor.executeScript("""
                const s = document.querySelector('vaadin-select#join-sector');
                const b = s.querySelector('vaadin-select-value-button');
                return [b.getAttribute('aria-required'), s.hasAttribute('required')];""")).isEqualTo(List.of("true", true));

        // Sent empty, the sector's error is tied to it (aria-describedby, aria-invalid) and axe still finds nothing.
        var submit = visitor.findElement(By.id("join-submit"));
        visitor.executeScript("arguments[0].scrollIntoView({block: 'center'})", submit);
        submit.click();
        wait.until(d -> Boolean.TRUE.equals(visitor.executeScript(
                "return document.querySelector('vaadin-select#join-sector').hasAttribute('invalid')")));
        assertThat(visitor.executeScript("""
                const s = document.querySelector('vaadin-select#join-sector');
                const b = s.querySelector('vaadin-select-value-button');
                const error = s.querySelector('[slot="error-message"]');
                return [(b.getAttribute('aria-describedby') || '').split(' ').includes(error.id),
                        error.textContent.trim().length > 0, b.getAttribute('aria-invalid')];"""))
                .as("the error is described and marked").isEqualTo(List.of(true, true, "true"));
        assertThat(violations(visitor)).as("axe on the join form with its errors").isEmpty();
    }

    @Test
    void requiredSelectsOnTheProfileAndPeopleAndRolesAreClean() throws Exception {
        ChromeDriver jordan = browser("stakeholder1");
        open(jordan, "/initiatives/equity-at-work/profile", By.cssSelector("vaadin-select[required] vaadin-select-value-button"));
        assertThat(violations(jordan)).as("axe on the own profile").isEmpty();

        ChromeDriver maya = browser("coordinator");
        open(maya, "/initiatives/equity-at-work/roles", By.cssSelector("vaadin-select[required] vaadin-select-value-button"));
        assertThat(violations(maya)).as("axe on people and roles").isEmpty();
    }

    @Test
    void theWorkgroupTabsHaveOnlyTabsInTheirList() throws Exception {
        ChromeDriver sam = browser("lead");
        openYouthTransition(sam);

        assertThat(violations(sam)).as("axe on the workgroup page").isEmpty();
    }

    @Test
    void thePhaseEditorsMoveButtonsSayWhatTheyShow() throws Exception {
        ChromeDriver maya = browser("coordinator");
        open(maya, "/initiatives/equity-at-work/phases", By.xpath("//vaadin-button[contains(@aria-label, 'Strategic development')]"));

        // label-content-name-mismatch among them: each button's accessible name contains its visible text.
        assertThat(violations(maya)).as("axe on the phase editor").isEmpty();
    }

    @Test
    void onAPhoneTheTimelineScrollsInsideItsOwnBoxWithReadableLabels() throws Exception {
        ChromeDriver visitor = browser(null);
        visitor.manage().window().setSize(new Dimension(390, 844));
        open(visitor, "/initiatives/equity-at-work/timeline", By.cssSelector("svg.cv-timeline text"));

        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) visitor.executeScript("""
                const box = document.querySelector('.cv-timeline-scroll');
                const sizes = [...document.querySelectorAll('svg.cv-timeline text')]
                    .map(t => parseFloat(getComputedStyle(t).fontSize));
                return {page: document.documentElement.scrollWidth, viewport: window.innerWidth,
                        boxRight: box.getBoundingClientRect().right, boxScrolls: box.scrollWidth > box.clientWidth,
                        overflow: getComputedStyle(box).overflowX, smallest: Math.min(...sizes)};""");
        assertThat(((Number) m.get("viewport")).intValue()).as("viewport").isLessThanOrEqualTo(390);
        assertThat(((Number) m.get("page")).intValue()).as("page width").isLessThanOrEqualTo(((Number) m.get("viewport")).intValue());
        assertThat(((Number) m.get("boxRight")).doubleValue()).as("drawing box right edge")
                .isLessThanOrEqualTo(((Number) m.get("viewport")).doubleValue());
        assertThat(m.get("boxScrolls")).as("the drawing scrolls inside its box").isEqualTo(true);
        assertThat(m.get("overflow")).isEqualTo("auto");
        assertThat(((Number) m.get("smallest")).doubleValue()).as("smallest label in px").isGreaterThanOrEqualTo(12.0);
        assertThat(violations(visitor)).as("axe on the timeline on a phone").isEmpty();
    }

    @Test
    void onAPhoneTheWorkgroupTabsStayInsideTheirBox() throws Exception {
        ChromeDriver sam = browser("lead");
        sam.manage().window().setSize(new Dimension(390, 844));
        openYouthTransition(sam);

        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) sam.executeScript("""
                const sheet = document.querySelector('vaadin-tabsheet');
                const tabs = sheet.querySelector('vaadin-tabs');
                const right = Math.max(...[...tabs.querySelectorAll('vaadin-tab')].map(t => t.getBoundingClientRect().right));
                return {page: document.documentElement.scrollWidth, viewport: window.innerWidth,
                        sheetRight: sheet.getBoundingClientRect().right, tabsRight: tabs.getBoundingClientRect().right,
                        lastTabRight: right, tabsBottom: tabs.getBoundingClientRect().bottom,
                        wrapsOrScrolls: tabs.hasAttribute('overflow') || getComputedStyle(tabs).flexWrap === 'wrap'
                            || getComputedStyle(tabs.shadowRoot.querySelector('[part=tabs]')).flexWrap === 'wrap'};""");
        System.out.println("workgroup on a phone: " + m);
        double viewport = ((Number) m.get("viewport")).doubleValue();
        assertThat(((Number) m.get("page")).doubleValue()).as("page width").isLessThanOrEqualTo(viewport);
        assertThat(((Number) m.get("sheetRight")).doubleValue()).as("tab sheet right edge").isLessThanOrEqualTo(viewport);
        assertThat(((Number) m.get("tabsRight")).doubleValue()).as("tab list right edge").isLessThanOrEqualTo(viewport);
        assertThat(((Number) m.get("lastTabRight")).doubleValue()).as("every tab is in view (they wrap)").isLessThanOrEqualTo(viewport);
        assertThat(violations(sam)).as("axe on the workgroup page on a phone").isEmpty();
    }

    private void openYouthTransition(ChromeDriver browser) {
        open(browser, "/initiatives/equity-at-work", By.linkText("Youth Transition"));
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Youth Transition"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-tabsheet vaadin-tab")));
        wait.until(d -> Boolean.TRUE.equals(((ChromeDriver) d).executeScript(
                "const t = document.querySelector('vaadin-tabs'); return !!(t && t.shadowRoot && t.shadowRoot.querySelector('[part=tabs]'))")));
    }
}
