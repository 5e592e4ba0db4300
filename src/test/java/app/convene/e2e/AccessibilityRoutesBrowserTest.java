package app.convene.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.library.internal.LibraryIndexer;
import app.convene.support.Axe;
import app.convene.support.AxeViews;
import app.convene.support.Chromium;
import app.convene.support.KeycloakBrowserTest;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.ServletContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every route of the application, read from Vaadin's route registry at run time (a new view cannot be
 * forgotten: a route without an address here fails the test), visited as the person who may see it, in
 * English at desktop width and in Spanish at phone width (390 × 844), with axe-core on each page and,
 * on the phone, nothing that scrolls sideways. All findings are collected and reported together. Two
 * accounts' browsers run at a time (the test's longest part: ~100 pages).
 */
@KeycloakBrowserTest
class AccessibilityRoutesBrowserTest {

    static final String APP = "http://localhost:18080";
    static final String VISITOR = null;
    static final String SLUG = "equity-at-work";
    static final String REPORT_SLUG = "worker-equity-initiative";
    /** The demo library's resources are the Good Jobs & Equity Project's (and the Worker Equity Initiative's). */
    static final String LIBRARY_SLUG = "good-jobs-equity-project";

    @Autowired
    ServletContext servletContext;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    LibraryIndexer libraryIndex;
    @Autowired
    app.convene.notifications.internal.UnsubscribeLinks unsubscribeLinks;

    /** Who visits a route, and where: the route template, the demo account (null: a visitor) and the address. */
    record Visit(String route, String account, String address) {
    }

    /** The demo address of each route template, and who may see it. A new route needs a line here. */
    private Map<String, Visit> addresses() {
        long initiative = jdbc.queryForObject("select id from initiative where slug = ?", Long.class, SLUG);
        long workgroup = jdbc.queryForObject(
                "select min(id) from workgroup where initiative_id = ?", Long.class, initiative);
        // The demo's recommendations are the Worker Equity Initiative's (coordinated by the same person).
        long recommendation = jdbc.queryForObject("select min(r.id) from recommendation r join initiative i"
                + " on i.id = r.initiative_id where i.slug = ?", Long.class, REPORT_SLUG);
        long organization = jdbc.queryForObject(
                "select min(organization_id) from initiative_partner where initiative_id = ?", Long.class, initiative);
        long convening = jdbc.queryForObject("select min(c.id) from convening c join initiative i on i.id = c.initiative_id"
                + " where i.slug = ? and c.visibility = 'PUBLIC'", Long.class, SLUG);
        // The demo's office hours are the Good Jobs & Equity Project's (an administrator manages them here).
        long officeHours = jdbc.queryForObject("select min(id) from convening where kind = 'OFFICE_HOURS'", Long.class);
        linkEverywhere(publicResource(initiative), initiative, workgroup, convening);
        long resource = demoResource();
        String in = "initiatives/" + SLUG;
        Map<String, Visit> visits = new LinkedHashMap<>();
        for (Visit visit : List.of(
                new Visit("", VISITOR, ""),
                new Visit("initiatives/:slug", VISITOR, in),
                new Visit("initiatives/:slug/timeline", VISITOR, in + "/timeline"),
                new Visit("convenings/:id", VISITOR, "convenings/" + convening),
                new Visit("initiatives/:slug/join", VISITOR, in + "/join"),
                new Visit("workgroups/:id", VISITOR, "workgroups/" + workgroup),
                new Visit("initiatives/:slug/library", VISITOR, "initiatives/" + LIBRARY_SLUG + "/library"),
                new Visit("library/:id", VISITOR, "library/" + resource),
                new Visit("initiatives/:slug/library/new", "coordinator", in + "/library/new"),
                new Visit("initiatives/:slug/library/tags", "coordinator", in + "/library/tags"),
                new Visit("join/confirm/:token", VISITOR, "join/confirm/no-such-token"),
                new Visit("rsvp/confirm/:token", VISITOR, "rsvp/confirm/no-such-token"),
                new Visit("rsvp/cancel/:token", VISITOR, "rsvp/cancel/no-such-token"),
                new Visit("convenings/:id/organize", "coordinator", "convenings/" + convening + "/organize"),
                new Visit("convenings/:id/attendance", "coordinator", "convenings/" + convening + "/attendance"),
                new Visit("convenings/:id/minutes", "coordinator", "convenings/" + jdbc.queryForObject(
                        "select id from convening where title = 'Steering committee meeting'", Long.class) + "/minutes"),
                new Visit("convenings/:id/office-hours", "admin", "convenings/" + officeHours + "/office-hours"),
                new Visit("initiatives/:slug/timeline/dashboard", "coordinator", in + "/timeline/dashboard"),
                new Visit("initiatives/:slug/dashboard", "coordinator", in + "/dashboard"),
                new Visit("initiatives/:slug/phases", "coordinator", in + "/phases"),
                new Visit("initiatives/:slug/convenings", "coordinator", in + "/convenings"),
                new Visit("initiatives/:slug/edit", "coordinator", in + "/edit"),
                new Visit("initiatives/:slug/goals", "coordinator", in + "/goals"),
                new Visit("initiatives/:slug/roles", "coordinator", in + "/roles"),
                new Visit("initiatives/:slug/directory", "coordinator", in + "/directory"),
                new Visit("initiatives/:slug/import", "coordinator", in + "/import"),
                // Puget Sound's demo has the indicators (no demo account coordinates it: an administrator manages them).
                new Visit("initiatives/:slug/indicators", "admin", "initiatives/puget-sound-workforce-intermediary/indicators"),
                new Visit("initiatives/:slug/indicators/import", "coordinator", in + "/indicators/import"),
                new Visit("initiatives/:slug/registrations", "coordinator", in + "/registrations"),
                new Visit("initiatives/:slug/registration-settings", "coordinator", in + "/registration-settings"),
                new Visit("initiatives/:slug/partners", "coordinator", in + "/partners"),
                new Visit("initiatives/:slug/organizations/:organizationId", "coordinator",
                        in + "/organizations/" + organization),
                new Visit("initiatives/:slug/recommendations", "coordinator",
                        "initiatives/" + REPORT_SLUG + "/recommendations"),
                new Visit("initiatives/:slug/recommendations/:id", "coordinator",
                        "initiatives/" + REPORT_SLUG + "/recommendations/" + recommendation),
                new Visit("initiatives/:slug/profile", "stakeholder1", in + "/profile"),
                new Visit("my/workgroups", "stakeholder1", "my/workgroups"),
                new Visit("my/notices", "stakeholder1", "my/notices"),
                new Visit("my/notifications", "stakeholder1", "my/notifications"),
                new Visit("unsubscribe/:token", VISITOR, "unsubscribe/" + unsubscribeLinks.token(
                        jdbc.queryForObject("select min(id) from person", Long.class),
                        app.convene.notifications.NoticeKind.COMMENT)),
                new Visit("my/convenings", "stakeholder1", "my/convenings"),
                new Visit("admin/audit", "admin", "admin/audit"),
                new Visit("admin/mail", "admin", "admin/mail"),
                new Visit("admin/dashboard", "admin", "admin/dashboard"),
                new Visit("admin/initiatives", "admin", "admin/initiatives"),
                new Visit("admin/initiatives/:slug", "admin", "admin/initiatives/" + SLUG),
                new Visit("admin/settings", "admin", "admin/settings"),
                new Visit("demo/mailbox", "admin", "demo/mailbox"))) {
            visits.put(visit.route(), visit);
        }
        return visits;
    }

    /** A public file in the initiative's library with one version (its bytes are not needed to show the page). */
    private long publicResource(long initiative) {
        Long existing = jdbc.queryForObject("select min(id) from resource where initiative_id = ? and title = ?",
                Long.class, initiative, "Accessibility check sheet");
        if (existing != null) {
            return existing;
        }
        long id = jdbc.queryForObject("insert into resource (initiative_id, title, description, kind, type, language,"
                + " visibility, created_at) values (?, 'Accessibility check sheet', 'A sheet to check pages with.',"
                + " 'FILE', 'TOOL', 'EN', 'PUBLIC', now()) returning id", Long.class, initiative);
        jdbc.update("insert into resource_version (resource_id, number, blob_key, file_name, media_type, size, note,"
                + " uploaded_at) values (?, 1, ?, 'check-sheet.txt', 'text/plain', 12, 'First version', now())",
                id, "0".repeat(64));
        return id;
    }

    /** The demo's public framework excerpt: a PDF with one version and the framework's twelve tags. */
    private long demoResource() {
        return jdbc.queryForObject("select id from resource where title = ?", Long.class,
                "Job quality framework: an excerpt");
    }

    /** Links the resource to a goal, the workgroup and the convening, so their pages show it (and it them). */
    private void linkEverywhere(long resource, long initiative, long workgroup, long convening) {
        long goal = jdbc.queryForObject("select min(id) from strategic_goal where initiative_id = ? and not retired",
                Long.class, initiative);
        for (Object[] link : List.of(new Object[] {"GOAL", goal}, new Object[] {"WORKGROUP", workgroup},
                new Object[] {"CONVENING", convening})) {
            jdbc.update("insert into resource_link (resource_id, kind, target_id) values (?, ?, ?)"
                    + " on conflict do nothing", resource, link[0], link[1]);
        }
    }

    /** The templates of every route Vaadin serves, from its registry in the running application. */
    private List<String> registeredRoutes() {
        return ApplicationRouteRegistry.getInstance(new VaadinServletContext(servletContext)).getRegisteredRoutes()
                .stream().map(RouteData::getTemplate).sorted().toList();
    }

    @Test
    void everyRouteHasADemoAddress() {
        List<String> routes = registeredRoutes();
        assertThat(routes).as("the registry lists the application's routes").contains("", "initiatives/:slug");
        Map<String, Visit> addresses = addresses();
        List<String> missing = routes.stream().filter(route -> !addresses.containsKey(route))
                .map(route -> "add an address for route " + route + " in AccessibilityRoutesBrowserTest").toList();
        assertThat(missing).isEmpty();
        assertThat(new TreeSet<>(addresses.keySet())).as("no address for a route that no longer exists")
                .isEqualTo(new TreeSet<>(routes));
    }

    @Test
    void everyRouteIsCleanInEnglishOnADesktopAndInSpanishOnAPhone() throws Exception {
        Map<String, Visit> addresses = addresses();
        Map<String, List<Visit>> byAccount = new LinkedHashMap<>();
        byAccount.computeIfAbsent(VISITOR, a -> new ArrayList<>()).add(new Visit("(not found)", VISITOR, "no-such-page"));
        // The refusal page a visitor gets for a page that needs signing in.
        byAccount.get(VISITOR).add(new Visit("(refused)", VISITOR, "initiatives/" + SLUG + "/roles"));
        // The library's search page: results with filters, nothing found with a filter chosen, an empty box.
        libraryIndex.rebuild();
        String library = "initiatives/" + SLUG + "/library";
        byAccount.get(VISITOR).add(new Visit("(library search)", VISITOR, library + "?q=check"));
        byAccount.get(VISITOR).add(new Visit("(library search, none)", VISITOR, library + "?q=zzqqnothing&type=DATA"));
        byAccount.get(VISITOR).add(new Visit("(library search, empty)", VISITOR, library + "?q="));
        for (String route : registeredRoutes()) {
            Visit visit = addresses.get(route);
            assertThat(visit).as("add an address for route " + route + " in AccessibilityRoutesBrowserTest").isNotNull();
            byAccount.computeIfAbsent(visit.account(), a -> new ArrayList<>()).add(visit);
        }
        // One browser and one sign-in per account; two browsers at a time (the largest groups first), each
        // account's pages in turn: English at desktop width first, then Spanish chosen in the header (it stays
        // for the session) at phone width.
        List<Map.Entry<String, List<Visit>>> groups = new ArrayList<>(byAccount.entrySet());
        groups.sort(Comparator.comparingInt((Map.Entry<String, List<Visit>> e) -> e.getValue().size())
                .reversed());
        List<String> findings = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger checked = new AtomicInteger();
        ExecutorService browsers = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (Map.Entry<String, List<Visit>> group : groups) {
                running.add(browsers.submit(() -> {
                    checkAccount(group.getKey(), group.getValue(), findings, checked);
                    return null;
                }));
            }
            for (Future<?> account : running) {
                account.get();
            }
        } finally {
            browsers.shutdownNow();
        }
        int pages = checked.get();
        assertThat(pages).isGreaterThan(40);
        assertThat(findings).as("accessibility findings on " + pages + " pages").isEmpty();
    }

    /** Checks one account's pages in its own browser (signed in unless a visitor), in English, then Spanish. */
    private static void checkAccount(String account, List<Visit> visits, List<String> findings,
                                     AtomicInteger pages) throws Exception {
        ChromeDriver browser = Chromium.start("en-US");
        try {
            Axe.preload(browser);
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(90), Chromium.POLL);
            if (account != null) {
                signIn(browser, wait, account);
            }
            for (String language : List.of("en", "es")) {
                boolean phone = language.equals("es");
                if (phone) {
                    chooseSpanish(browser, wait);
                }
                if (account != null) {
                    // The home page signed in: the header then shows the person's menu.
                    findings.addAll(check(browser, wait, new Visit("", account, ""), language, phone));
                    pages.incrementAndGet();
                }
                for (Visit visit : visits) {
                    findings.addAll(check(browser, wait, visit, language, phone));
                    pages.incrementAndGet();
                }
            }
        } finally {
            browser.quit();
        }
    }

    private static void signIn(ChromeDriver browser, WebDriverWait wait, String account) {
        browser.get(APP + "/oauth2/authorization/keycloak");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(account);
        browser.findElement(By.id("password")).sendKeys("convene-demo");
        browser.findElement(By.id("kc-login")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.className("cv-user-name")));
    }

    /** Chooses Spanish with the header's language switch, as a reader would; it stays for the session. */
    private static void chooseSpanish(ChromeDriver browser, WebDriverWait wait) {
        browser.get(APP + "/");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-select.cv-language"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-select-item[normalize-space()='Español']"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Iniciativas"));
    }

    private static List<String> check(ChromeDriver browser, WebDriverWait wait, Visit visit, String language,
                                      boolean phone) {
        browser.manage().window().setSize(phone ? new Dimension(390, 844) : new Dimension(1280, 1000));
        browser.get(APP + "/" + visit.address());
        String where = "[" + language + (phone ? ", 390×844" : "") + ", " + (visit.account() == null ? "visitor"
                : visit.account()) + "] /" + visit.address() + " (route " + visit.route() + ")";
        List<String> findings = new ArrayList<>();
        try {
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#main-content h1")));
            AxeViews.settle(browser);
        } catch (RuntimeException e) {
            return List.of(where + ": the page did not show a heading: " + e.getMessage().lines().findFirst().orElse(""));
        }
        for (String line : Axe.violations(browser)) {
            findings.add(where + ": " + line);
        }
        String lang = browser.findElement(By.tagName("html")).getAttribute("lang");
        if (!language.equals(lang)) {
            findings.add(where + ": <html lang> is " + lang);
        }
        Object indicator = browser.executeScript("""
                const c = window.Vaadin && window.Vaadin.connectionIndicator;
                return c ? [c.onlineText, c.reconnectingText, c.offlineText].join(' | ') : 'no indicator';""");
        String texts = language.equals("es") ? "En línea | Conexión perdida, intentando reconectar… | Conexión perdida"
                : "Online | Connection lost, trying to reconnect… | Connection lost";
        if (!texts.equals(indicator)) {
            findings.add(where + ": the connection indicator says " + indicator);
        }
        if (phone) {
            Object widths = browser.executeScript(
                    "return document.documentElement.scrollWidth + ' > ' + window.innerWidth;");
            Boolean sideways = (Boolean) browser.executeScript(
                    "return document.documentElement.scrollWidth > window.innerWidth;");
            if (Boolean.TRUE.equals(sideways)) {
                Object wide = browser.executeScript("""
                        return [...document.querySelectorAll('#main-content *')]
                          .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
                          .filter(e => ![...e.children].some(c => c.getBoundingClientRect().right > window.innerWidth + 1))
                          .slice(0, 5).map(e => e.tagName.toLowerCase() + '.' + [...e.classList].join('.')
                            + ' (right ' + Math.round(e.getBoundingClientRect().right) + ')').join(', ');""");
                findings.add(where + ": the page scrolls sideways (scrollWidth " + widths + " innerWidth): " + wide);
            }
        }
        return findings;
    }
}
