package app.convene.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person with a keyboard only: keys go to whatever has focus (Selenium's {@code Actions}, never a
 * click), and each focus stop is read from {@code document.activeElement} through the shadow roots,
 * with whether its focus is visible and whether anything covers it (WCAG 2.4.7 and 2.4.11).
 */
public final class Keyboard {

    /**
     * One focus stop. {@code id} is the nearest Convene-given id of the element or its component (a
     * Vaadin field's input reports the field's id); {@code name} its accessible name.
     */
    public record Stop(String id, String name, String tag, boolean focusVisible, boolean inViewport, String coveredBy) {

        public boolean is(String idOrName) {
            return idOrName.equals(id) || idOrName.equals(name);
        }

        @Override
        public String toString() {
            return (id.isEmpty() ? "" : "#" + id + " ") + "'" + name + "' <" + tag + ">";
        }
    }

    private static final String FOCUSED = """
            let e = document.activeElement;
            while (e && e.shadowRoot && e.shadowRoot.activeElement) { e = e.shadowRoot.activeElement; }
            if (!e || e === document.body || e === document.documentElement) {
              return {id: '', name: '', tag: 'body', visible: false, inViewport: false, coveredBy: ''};
            }
            const up = n => n.parentElement || (n.getRootNode() && n.getRootNode().host) || null;
            // Up the rendered tree: a slotted element's parent is its slot.
            const flatUp = n => n.assignedSlot || up(n);
            // The component: the nearest element (this one or up, across shadow roots) with an id of ours.
            let host = null;
            for (let n = e; n; n = up(n)) {
              if (n.id && n.getRootNode() === document && !/-vaadin-|^vaadin-/.test(n.id)) { host = n; break; }
            }
            let component = null;
            for (let n = e; n; n = up(n)) {
              if (n.tagName && n.tagName.includes('-') && !n.tagName.endsWith('-BUTTON') || n === host) { component = n; break; }
            }
            component = component || e;
            let name = e.getAttribute('aria-label');
            if (!name && e.getAttribute('aria-labelledby')) {
              const root = e.getRootNode();
              name = e.getAttribute('aria-labelledby').split(' ')
                .map(id => ((root.getElementById ? root.getElementById(id) : null) || document.getElementById(id) || {}).textContent || '')
                .join(' ');
            }
            if (!name && e.labels && e.labels.length) { name = e.labels[0].textContent; }
            const slot = !name && e.querySelector ? e.querySelector('slot') : null;
            if (slot) { name = slot.assignedElements({flatten: true}).map(x => x.textContent).join(' '); }
            if (!name) { name = e.innerText || e.textContent || ''; }
            name = name.replace(/\\s+/g, ' ').trim();
            // Focus is visible: an outline or a ring (box-shadow) on the element, or on the component
            // Vaadin marks with focus-ring, or on one of its parts.
            const drawn = (el, pseudo) => {
              const s = getComputedStyle(el, pseudo);
              return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || (s.boxShadow && s.boxShadow !== 'none');
            };
            const paints = el => drawn(el) || drawn(el, '::before') || drawn(el, '::after');
            let visible = e.matches(':focus-visible') && paints(e);
            for (let n = e; !visible && n; n = up(n)) {
              if (n.hasAttribute && n.hasAttribute('focus-ring')) {
                visible = paints(n) || (n.shadowRoot && [...n.shadowRoot.querySelectorAll('[part]')].some(paints));
              }
              if (n === component) { break; }
            }
            let r = e.getBoundingClientRect();
            if (r.width * r.height < 4) { r = component.getBoundingClientRect(); }
            const x = r.left + r.width / 2, y = r.top + r.height / 2;
            const inViewport = x >= 0 && y >= 0 && x <= innerWidth && y <= innerHeight;
            let coveredBy = '';
            if (inViewport) {
              let hit = document.elementFromPoint(x, y);
              while (hit && hit.shadowRoot && hit.shadowRoot.elementFromPoint(x, y) && hit.shadowRoot.elementFromPoint(x, y) !== hit) {
                hit = hit.shadowRoot.elementFromPoint(x, y);
              }
              let ours = false;
              for (let n = hit; n && !ours; n = flatUp(n)) { ours = n === e || n === component; }
              for (let n = e; n && !ours; n = up(n)) { ours = n === hit && n !== document.body && n.tagName !== 'MAIN'; }
              if (!ours && hit) {
                coveredBy = '<' + hit.tagName.toLowerCase() + (hit.id ? ' id=' + hit.id : '')
                  + (hit.className && hit.className.baseVal === undefined ? ' class=' + hit.className : '') + '>';
              }
            }
            return {id: host ? host.id : '', name: name, tag: e.tagName.toLowerCase(), visible: visible,
                    inViewport: inViewport, coveredBy: coveredBy};""";

    private static final String CLOSED_AND_IDLE = """
            const select = document.getElementById(arguments[0]);
            const animating = root => !!root && !!root.querySelector('[opening], [closing], vaadin-select-overlay[opened]');
            const clients = (window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients) || {};
            return !!select && !select.opened && !animating(select.shadowRoot) && !animating(document.body)
                && Object.values(clients).every(c => !c.isActive || !c.isActive());""";

    private Keyboard() {
    }

    /** Presses keys (or types text) into whatever has focus. */
    public static void press(ChromeDriver browser, CharSequence... keys) {
        new Actions(browser).sendKeys(keys).perform();
    }

    public static void tab(ChromeDriver browser) {
        press(browser, Keys.TAB);
    }

    public static void shiftTab(ChromeDriver browser) {
        new Actions(browser).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
    }

    /** Types text a key at a time, then waits a moment, as a person pausing would, for lazy value changes. */
    public static void type(ChromeDriver browser, String text) {
        press(browser, text);
    }

    @SuppressWarnings("unchecked")
    public static Stop focused(ChromeDriver browser) {
        Map<String, Object> f = (Map<String, Object>) browser.executeScript(FOCUSED);
        return new Stop((String) f.get("id"), (String) f.get("name"), (String) f.get("tag"), (Boolean) f.get("visible"),
                (Boolean) f.get("inViewport"), (String) f.get("coveredBy"));
    }

    /**
     * Presses Tab until the focus reaches the stop named {@code target} (an id or an accessible name),
     * at most {@code max} times; every stop on the way is returned and checked: named, focus visible,
     * inside the viewport and not covered.
     */
    public static List<Stop> tabTo(ChromeDriver browser, String target, int max) {
        return moveTo(browser, stop -> stop.is(target), target, max, false);
    }

    /** As {@link #tabTo}, to the first stop {@code reached} accepts ({@code what} names it in a failure). */
    public static List<Stop> tabTo(ChromeDriver browser, Predicate<Stop> reached, String what, int max) {
        return moveTo(browser, reached, what, max, false);
    }

    /**
     * Presses {@code key} (an arrow) until the focus is on the stop named {@code target}, in a list, a
     * grid, a radio group or an open select; returns that stop.
     */
    public static Stop arrowTo(ChromeDriver browser, CharSequence key, String target, int max) {
        List<Stop> stops = new ArrayList<>(List.of(settled(browser)));
        for (int i = 0; i < max && !stops.getLast().is(target); i++) {
            press(browser, key);
            stops.add(settled(browser));
        }
        if (stops.getLast().is(target)) {
            return stops.getLast();
        }
        throw new AssertionError("The arrow key never reached " + target + "; the focus went " + stops);
    }

    /** As {@link #tabTo}, backwards with Shift+Tab. */
    public static List<Stop> shiftTabTo(ChromeDriver browser, String target, int max) {
        return moveTo(browser, stop -> stop.is(target), target, max, true);
    }

    private static List<Stop> moveTo(ChromeDriver browser, Predicate<Stop> reached, String target, int max,
                                     boolean backwards) {
        List<Stop> stops = new ArrayList<>();
        for (int i = 0; i < max; i++) {
            if (backwards) {
                shiftTab(browser);
            } else {
                tab(browser);
            }
            Stop stop = settled(browser);
            stops.add(stop);
            if (reached.test(stop)) {
                stops.forEach(Keyboard::assertUsable);
                return stops;
            }
        }
        throw new AssertionError("The focus never reached " + target + " in " + max + " presses of "
                + (backwards ? "Shift+Tab" : "Tab") + "; it went " + stops);
    }

    /** The focus once the browser has scrolled it into view (scrolling is smooth in places). */
    private static Stop settled(ChromeDriver browser) {
        Stop[] last = {focused(browser)};
        try {
            new WebDriverWait(browser, Duration.ofSeconds(2), Duration.ofMillis(100)).until(d -> {
                Stop now = focused(browser);
                boolean same = now.equals(last[0]);
                last[0] = now;
                return same && now.inViewport() && now.coveredBy().isEmpty();
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            // reported by assertUsable with what the focus looked like last
        }
        return last[0];
    }

    /** The stop has a name, a visible focus indicator, and sits in the viewport uncovered. */
    public static void assertUsable(Stop stop) {
        assertThat(stop.name()).as("accessible name of the focus stop %s", stop).isNotBlank();
        assertThat(stop.focusVisible()).as("focus visible on %s", stop).isTrue();
        assertThat(stop.inViewport()).as("focus stop %s inside the viewport", stop).isTrue();
        assertThat(stop.coveredBy()).as("what covers the focus stop %s", stop).isEmpty();
    }

    /**
     * In the select that has the focus: the down arrow opens its list, the arrows move to {@code option},
     * Enter chooses it; the focus is back on the select once the list has closed.
     */
    public static void choose(ChromeDriver browser, String selectId, String option) {
        press(browser, Keys.ARROW_DOWN);
        arrowTo(browser, Keys.ARROW_DOWN, option, 20);
        press(browser, Keys.ENTER);
        // The list closes with an animation and gives the focus back at its end; the value goes to the
        // server. A Tab pressed before both have finished lands in the closing list and is lost.
        new WebDriverWait(browser, Duration.ofSeconds(5), Duration.ofMillis(100)).until(d -> Boolean.TRUE.equals(
                browser.executeScript(CLOSED_AND_IDLE, selectId)) && focused(browser).is(selectId)
                && !focused(browser).tag().equals("vaadin-select-item"));
        assertFocusOn(browser, selectId);
    }

    /** The focus right now, checked as a stop. */
    public static Stop assertFocusOn(ChromeDriver browser, String idOrName) {
        Stop stop = settled(browser);
        assertThat(stop.is(idOrName)).as("focus on %s, but it is on %s", idOrName, stop).isTrue();
        assertUsable(stop);
        return stop;
    }
}
