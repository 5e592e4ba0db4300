package app.convene.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.support.AxeViews;
import app.convene.support.Chromium;
import app.convene.support.KeycloakBrowserTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 18's real-browser test of the participation dashboard (decision 0043): a coordinator opens Equity@Work's
 * dashboard in Chromium; every chart is an image with its title and description for screen readers, and every bar
 * says the same number as the table next to it (its twin) — read from what the browser shows, not from the server's
 * objects —, and the funnel's CSV download holds the same numbers again.
 */
@KeycloakBrowserTest
class DashboardBrowserTest {

    static final String APP = "http://localhost:18080";

    private ChromeDriver browser;

    @org.springframework.beans.factory.annotation.Autowired
    jakarta.servlet.ServletContext servletContext;

    @Test
    void theBrowserTestsSeeTheProductionFrontendBundle() {
        // KeycloakBrowserTest runs Convene in Vaadin's production mode, as a deployment does (decision 0045)
        assertThat(com.vaadin.flow.server.startup.ApplicationConfiguration.get(
                new com.vaadin.flow.server.VaadinServletContext(servletContext)).isProductionMode()).isTrue();
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void everyChartSaysWhatItsTableTwinSaysAndTheCsvToo() throws Exception {
        browser = Chromium.start("en-US");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(90), Chromium.POLL);
        Chromium.signIn(browser, wait, APP, "coordinator", "convene-demo");
        browser.get(APP + "/initiatives/equity-at-work/dashboard");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("dashboard-funnel")));
        AxeViews.check(browser);

        List<WebElement> sections = browser.findElements(By.cssSelector("section.cv-chart-section"));
        int charts = 0;
        int bars = 0;
        for (WebElement section : sections) {
            List<WebElement> svgs = section.findElements(By.cssSelector("svg.cv-chart"));
            if (svgs.isEmpty()) {
                continue;
            }
            charts++;
            WebElement svg = svgs.getFirst();
            String name = section.getAttribute("id");
            assertThat(svg.getAttribute("role")).as(name).isEqualTo("img");
            for (String labelledBy : svg.getAttribute("aria-labelledby").split(" ")) {
                assertThat(text(svg.findElement(By.id(labelledBy)))).as(name + " " + labelledBy).isNotBlank();
            }
            Map<String, Map<String, String>> twin = twin(section.findElement(By.cssSelector("table.cv-data-table")));
            for (WebElement bar : svg.findElements(By.cssSelector("g.ch-bar"))) {
                // "<row> · <column>: <value>", and the value again as the bar's visible label
                String title = text(bar.findElement(By.tagName("title")));
                String row = title.substring(0, title.indexOf(" · "));
                String column = title.substring(title.indexOf(" · ") + 3, title.lastIndexOf(": "));
                String value = title.substring(title.lastIndexOf(": ") + 2);
                assertThat(twin).as(name + ": a table row for the bar " + title).containsKey(row);
                assertThat(twin.get(row).get(column)).as(name + ": the table says what the bar " + title + " says")
                        .isEqualTo(value);
                assertThat(text(bar.findElement(By.tagName("text")))).as(name + " bar label").isEqualTo(value);
                bars++;
            }
        }
        assertThat(charts).as("charts on the dashboard").isGreaterThanOrEqualTo(5);
        assertThat(bars).as("bars compared with their tables").isGreaterThan(20);

        // On a phone: nothing scrolls the page sideways, and every legend stays inside its chart (a wide table
        // scrolls inside its own box). The accessibility sweep checks the same in Spanish.
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        browser.get(APP + "/initiatives/equity-at-work/dashboard");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("dashboard-funnel")));
        AxeViews.settle(browser);
        assertThat(browser.executeScript("return document.documentElement.scrollWidth <= window.innerWidth;"))
                .as("the page does not scroll sideways at 390 px").isEqualTo(true);
        assertThat(browser.executeScript("""
                return [...document.querySelectorAll('svg.cv-chart')].flatMap(svg => {
                  const edge = svg.getBoundingClientRect().right + 1;
                  return [...svg.querySelectorAll('g.ch-legend')].filter(g => g.getBoundingClientRect().right > edge)
                    .map(g => g.textContent);
                });""")).as("legend items past their chart's edge").asList().isEmpty();
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
        browser.get(APP + "/initiatives/equity-at-work/dashboard");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("dashboard-funnel")));

        Map<String, Map<String, String>> funnel = twin(browser.findElement(
                By.cssSelector("#dashboard-funnel table.cv-data-table")));
        String href = browser.findElement(By.id("csv-funnel")).getAttribute("href");
        HttpResponse<String> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", cookie(browser.manage().getCookieNamed("JSESSIONID")))
                .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(csv.statusCode()).isEqualTo(200);
        List<String> lines = csv.body().lines().toList();
        assertThat(lines).hasSize(funnel.size() + 1);
        for (Map.Entry<String, Map<String, String>> row : funnel.entrySet()) {
            List<String> cells = new ArrayList<>(List.of(row.getKey()));
            row.getValue().values().forEach(v -> cells.add(v.replace(",", "")));
            assertThat(lines).as("the CSV row of " + row.getKey()).contains(String.join(",", cells));
        }
    }

    /** The table as the browser shows it: row header → column header → cell text. */
    private static Map<String, Map<String, String>> twin(WebElement table) {
        List<String> columns = table.findElements(By.cssSelector("thead th")).stream().map(DashboardBrowserTest::text)
                .toList();
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        for (WebElement tr : table.findElements(By.cssSelector("tbody tr"))) {
            Map<String, String> cells = new LinkedHashMap<>();
            List<WebElement> tds = tr.findElements(By.tagName("td"));
            for (int i = 0; i < tds.size(); i++) {
                cells.put(columns.get(i + 1), text(tds.get(i)));
            }
            rows.put(text(tr.findElement(By.tagName("th"))), cells);
        }
        return rows;
    }

    /** An element's text content (SVG titles are not rendered, so WebElement.getText would be empty). */
    private static String text(WebElement element) {
        return element.getAttribute("textContent").strip();
    }

    private static String cookie(Cookie session) {
        return session.getName() + "=" + session.getValue();
    }
}
