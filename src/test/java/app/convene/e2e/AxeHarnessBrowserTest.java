package app.convene.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.convene.support.Axe;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

/** The accessibility check itself: it passes a clean page and fails a broken one, naming rule and element. */
class AxeHarnessBrowserTest {

    static ChromeDriver browser;

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = app.convene.support.Chromium.start("en-US");
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static void show(String html) {
        browser.get("data:text/html;charset=utf-8," + URLEncoder.encode(html, StandardCharsets.UTF_8).replace("+", "%20"));
    }

    @Test
    void aCleanPagePasses() {
        show("<!doctype html><html lang=\"en\"><head><title>Clean</title></head><body><main><h1>Clean</h1>"
                + "<p>Nothing wrong here.</p></main></body></html>");

        assertThat(Axe.violations(browser)).isEmpty();
    }

    @Test
    void aBrokenPageFailsWithTheRuleTheElementAndTheHelp() {
        show("<!doctype html><html lang=\"en\"><head><title>Broken</title></head><body><main><h1>Broken</h1>"
                + "<img id=\"no-alt\" src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\"></main></body></html>");

        assertThatThrownBy(() -> Axe.check(browser)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("image-alt (critical)").hasMessageContaining("#no-alt")
                .hasMessageContaining("Images must have alternative text");
    }
}
