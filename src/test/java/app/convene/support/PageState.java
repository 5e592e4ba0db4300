package app.convene.support;

import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a browser shows when a wait gave up: the address, the element the test looked for with the
 * style of it and of every ancestor (a text Selenium calls "" is often only hidden), the header, and
 * the console. Added to the failure's message, so a rare failure in a complete run explains itself.
 */
public final class PageState {

    private PageState() {
    }

    /** Waits as {@code wait} does; if it gives up, the failure carries what the page shows ({@link #describe}). */
    public static <T> T until(WebDriverWait wait, WebDriver browser, ExpectedCondition<T> condition, String cssSelector) {
        try {
            return wait.until(condition);
        } catch (TimeoutException e) {
            throw new AssertionError(e.getMessage() + describe(browser, cssSelector), e);
        }
    }

    public static String describe(WebDriver browser, String cssSelector) {
        StringBuilder out = new StringBuilder("\n--- page state ---\nURL: ").append(browser.getCurrentUrl());
        try {
            Object found = ((JavascriptExecutor) browser).executeScript("""
                    const all = document.querySelectorAll(arguments[0]);
                    const lines = ['matches: ' + all.length, 'title: ' + document.title,
                        'vaadin: ' + JSON.stringify(Object.keys(window.Vaadin || {}))];
                    all.forEach((e, i) => {
                      lines.push('#' + i + ' ' + e.outerHTML.substring(0, 400));
                      const r = e.getBoundingClientRect();
                      lines.push('  rect ' + [r.x, r.y, r.width, r.height].join(','));
                      for (let a = e; a && a.nodeType === 1; a = a.parentElement) {
                        const s = getComputedStyle(a);
                        lines.push('  ' + a.tagName + (a.className ? '.' + a.className : '') + ' display=' + s.display
                            + ' visibility=' + s.visibility + ' opacity=' + s.opacity
                            + (a.hasAttribute('inert') ? ' inert' : '') + (a.hidden ? ' hidden' : ''));
                      }
                    });
                    const header = document.querySelector('header');
                    lines.push('header: ' + (header ? header.outerHTML.substring(0, 1500) : 'none'));
                    lines.push('body children: ' + Array.from(document.body.children)
                        .map(c => c.tagName + (c.className ? '.' + c.className : '')).join(' '));
                    document.querySelectorAll('.v-system-error').forEach(e => lines.push('system error: '
                        + e.outerHTML.substring(0, 600)));
                    lines.push('body text: ' + document.body.innerText.substring(0, 400));
                    return lines.join('\\n');""", cssSelector);
            out.append('\n').append(found);
        } catch (RuntimeException e) {
            out.append("\n(script failed: ").append(e.getMessage()).append(')');
        }
        try {
            List<LogEntry> console = browser.manage().logs().get(LogType.BROWSER).getAll();
            out.append("\nconsole:\n").append(console.stream().map(LogEntry::toString).collect(Collectors.joining("\n")));
        } catch (RuntimeException e) {
            out.append("\n(no console: ").append(e.getMessage()).append(')');
        }
        String requests = RequestLog.recent();
        if (!requests.isEmpty()) {
            out.append("\nlast requests the application answered:\n").append(requests);
        }
        return out.toString();
    }
}
