package app.convene.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

/** The tests' browser: a profile folder of its own while it runs, gone once it quits. */
class ChromiumBrowserTest {

    /** The profile folder ChromeDriver made for the browser, as its session says. */
    private static Path profile(ChromeDriver browser) {
        Map<?, ?> chrome = (Map<?, ?>) browser.getCapabilities().getCapability("chrome");
        return Path.of((String) chrome.get("userDataDir"));
    }

    @Test
    void aBrowsersProfileIsItsOwnAndGoesWhenItQuits() throws Exception {
        ChromeDriver first = Chromium.start("en-US");
        ChromeDriver second = null;
        try {
            second = Chromium.start("es-ES");
            Path profile = profile(first);
            first.get("data:text/html,<title>profile</title>");
            assertThat(profile).isDirectory();
            try (var entries = Files.list(profile)) {
                assertThat(entries).as("the browser writes its profile there").isNotEmpty();
            }
            assertThat(profile(second)).isNotEqualTo(profile).isDirectory();

            first.quit();
            assertThat(profile).doesNotExist();
            assertThat(profile(second)).as("the other browser's stays while it runs").isDirectory();
            second.quit();
            assertThat(profile(second)).doesNotExist();
        } finally {
            // a second quit is harmless: a failed assertion leaves no browser running
            first.quit();
            if (second != null) {
                second.quit();
            }
        }
    }
}
