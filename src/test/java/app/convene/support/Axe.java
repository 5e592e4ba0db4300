package app.convene.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * axe-core 4.11 (the script bundled in {@code com.deque.html.axe-core:selenium}, run through Convene's own
 * Selenium) on the page the browser shows now. {@link #check} fails with every violation: the rule, its
 * impact and help text, and each element it found. Exclusions name exactly one rule and one element, each
 * with its reason in {@code docs/decisions/}; there is no blanket exclusion.
 */
public final class Axe {

    /** One known violation from inside a component that Convene cannot change, with why. */
    public record Exclusion(String rule, String target, String reason) {
    }

    /** Exclusions, each recorded in docs/decisions/ with its upstream issue. Empty is the goal. */
    public static final List<Exclusion> EXCLUSIONS = List.of(
            // Decision 15: vaadin-confirm-dialog's shadow overlay has <footer part="footer" role="toolbar">;
            // ARIA in HTML allows only group/none/presentation on footer. Inside the component, not reachable.
            new Exclusion("aria-allowed-role", "footer[part=\\\"footer\\\"][role=\\\"toolbar\\\"]",
                    "vaadin-confirm-dialog's footer role, inside its shadow DOM"));

    private static final String SCRIPT = load();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Axe() {
    }

    /** Runs axe on the current page; returns the violations, one line per element, minus the exclusions. */
    public static List<String> violations(WebDriver browser) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        // Loaded once per page: already there after an earlier check of the same page or after preload.
        if (!Boolean.TRUE.equals(js.executeScript("return !!window.axe && typeof window.axe.run === 'function';"))) {
            js.executeScript(SCRIPT);
        }
        Object raw = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']})
                    .then(r => done(JSON.stringify(r.violations)))
                    .catch(e => done(JSON.stringify({error: String(e)})));""");
        JsonNode result = JSON.readTree(String.valueOf(raw));
        if (result.has("error")) {
            throw new IllegalStateException("axe-core failed on " + browser.getCurrentUrl() + ": " + result.get("error"));
        }
        List<String> lines = new ArrayList<>();
        for (JsonNode violation : result) {
            String rule = violation.get("id").asString();
            for (JsonNode node : violation.get("nodes")) {
                String target = node.get("target").toString();
                if (excluded(rule, target)) {
                    continue;
                }
                lines.add(rule + " (" + violation.path("impact").asString() + "): " + violation.get("help").asString()
                        + " — " + target + " — " + node.path("failureSummary").asString().replace('\n', ' ')
                        + " — " + violation.path("helpUrl").asString());
            }
        }
        return lines;
    }

    /**
     * Has the browser load axe-core into each new top-level page as it starts (Chromium DevTools'
     * Page.addScriptToEvaluateOnNewDocument), instead of {@link #violations} sending the 550 kB script over
     * WebDriver for every page; for a browser that checks nearly every page it opens.
     */
    public static void preload(ChromeDriver browser) {
        browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                java.util.Map.of("source", "if (window.top === window) {\n" + SCRIPT + "\n}"));
    }

    /** Fails when the current page has any violation that is not excluded, naming the page. */
    public static void check(WebDriver browser) {
        List<String> lines = violations(browser);
        if (!lines.isEmpty()) {
            throw new AssertionError("axe-core found " + lines.size() + " violation(s) on " + browser.getCurrentUrl()
                    + ":\n  " + String.join("\n  ", lines));
        }
    }

    private static boolean excluded(String rule, String target) {
        return EXCLUSIONS.stream().anyMatch(e -> e.rule().equals(rule) && target.contains(e.target()));
    }

    private static String load() {
        try (InputStream in = Axe.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is missing: com.deque.html.axe-core:selenium is a test dependency");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
