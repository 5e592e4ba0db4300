package app.convene.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.support.Axe;
import app.convene.support.Chromium;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Convene's own colours (frontend/styles/convene.css) on the markup its views give them, in Chromium: axe's
 * color-contrast finds every text at 4.5:1 or more, including the faded states (a resolved comment thread).
 */
class ConveneCssContrastBrowserTest {

    @Test
    void everyTextInConvenesOwnColoursHasEnoughContrast() throws Exception {
        String css = Files.readString(Path.of("frontend/styles/convene.css"));
        String html = "<!doctype html><html lang=\"en\"><head><title>Colours</title><style>" + css + "</style></head>"
                + "<body><main class=\"cv-main cv-page\"><h1>Colours</h1>"
                + "<p class=\"cv-lead\">Lead text</p><p><span class=\"cv-dates\">1 Jan – 2 Feb</span>"
                + "<span class=\"cv-region\">Region</span> <span class=\"cv-user-roles\">Coordinator</span></p>"
                + "<p><span class=\"cv-badge cv-phase-upcoming\">Upcoming</span> <span class=\"cv-badge cv-phase-current\">Current</span> "
                + "<span class=\"cv-badge cv-phase-completed\">Completed</span> <span class=\"cv-badge cv-phase-ended_open\">Ended</span></p>"
                + "<p class=\"cv-form-error\" role=\"alert\">Something is wrong with the form</p>"
                + "<p class=\"cv-diff-text\"><ins>added words</ins> <del>removed words</del></p>"
                + "<div class=\"cv-thread cv-thread-resolved\"><p>On paragraph 2 of revision 3</p><div><blockquote>Quoted text</blockquote></div>"
                + "<div><p><strong>Maya Thompson</strong> <span class=\"cv-dates\">2 days ago</span></p><p>A comment with "
                + "<a href=\"#x\">a link</a> in it</p></div><p>Resolved by Sam Chen</p></div>"
                + "<div class=\"cv-conflict\"><p>A conflict with <a href=\"#y\">the other version</a></p></div>"
                + "</main><footer class=\"cv-footer\">Footer text</footer></body></html>";
        ChromeDriver browser = Chromium.start("en-US");
        try {
            browser.get("data:text/html;charset=utf-8," + URLEncoder.encode(html, StandardCharsets.UTF_8).replace("+", "%20"));

            assertThat(Axe.violations(browser)).filteredOn(line -> line.startsWith("color-contrast")).isEmpty();
        } finally {
            browser.quit();
        }
    }
}
