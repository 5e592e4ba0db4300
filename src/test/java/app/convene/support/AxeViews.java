package app.convene.support;

import java.time.Duration;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The accessibility check the browser tests run on each view they visit: it waits until Vaadin has no
 * request under way (so axe sees the finished page), then fails on any axe-core violation.
 */
public final class AxeViews {

    private AxeViews() {
    }

    /** Waits until Vaadin is idle and nothing is fading in, then runs {@link Axe#check} on the page. */
    public static void check(WebDriver browser) {
        settle(browser);
        stillAnimations(browser);
        Axe.check(browser);
    }

    /**
     * Waits (up to five seconds) until no finite animation runs: a notification fading in is checked once it is
     * shown in its own colours, not half blended into the page (which axe would measure as low contrast).
     */
    private static void stillAnimations(WebDriver browser) {
        try {
            new WebDriverWait(browser, Duration.ofSeconds(5), Chromium.POLL).until(driver -> Boolean.TRUE.equals(
                    ((JavascriptExecutor) driver).executeScript("""
                            return document.getAnimations().every(a => a.playState !== 'running'
                                || !a.effect || a.effect.getComputedTiming().iterations === Infinity);""")));
        } catch (TimeoutException stillMoving) {
            // something keeps moving (e.g. a progress bar): check the page as it is
        }
    }

    /** Waits until every Vaadin client on the page has no request under way. */
    public static void settle(WebDriver browser) {
        new WebDriverWait(browser, Duration.ofSeconds(60), Chromium.POLL).until(driver -> Boolean.TRUE.equals(
                ((JavascriptExecutor) driver).executeScript("""
                        const clients = (window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients) || {};
                        return Object.values(clients).every(c => !c.isActive || !c.isActive());""")));
    }
}
