package app.convene.support;

import java.time.Duration;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The accessibility check the browser tests run on each view they visit: it waits until Vaadin has no
 * request under way (so axe sees the finished page), then fails on any axe-core violation.
 */
public final class AxeViews {

    private AxeViews() {
    }

    /** Waits until Vaadin is idle, then runs {@link Axe#check} on the page. */
    public static void check(WebDriver browser) {
        settle(browser);
        Axe.check(browser);
    }

    /** Waits until every Vaadin client on the page has no request under way. */
    public static void settle(WebDriver browser) {
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(driver -> Boolean.TRUE.equals(
                ((JavascriptExecutor) driver).executeScript("""
                        const clients = (window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients) || {};
                        return Object.values(clients).every(c => !c.isActive || !c.isActive());""")));
    }
}
