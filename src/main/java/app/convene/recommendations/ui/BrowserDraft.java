package app.convene.recommendations.ui;

import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.function.SerializableConsumer;
import java.time.Instant;

/**
 * A copy of the editor's title and text in the browser's localStorage, written on every keystroke,
 * so what was typed survives an ended session (when the server can no longer receive it). Keyed by
 * recommendation and person; cleared after a successful save or a discard.
 */
final class BrowserDraft {

    /** What the browser kept: the title, the text, the revision it started from and when it was typed. */
    record Kept(String title, String body, int baseRevision, Instant at) {
    }

    private static final String WATCH = """
            const area = this;
            area.dataset.cvKey = $0;
            if (!area.__cvKeep) {
              area.__cvKeep = () => {
                const title = document.getElementById('recommendation-title');
                const text = area.inputElement ? area.inputElement.value : area.value;
                try {
                  localStorage.setItem(area.dataset.cvKey, JSON.stringify({title: title ? title.value : '',
                    body: text, base: Number(area.dataset.base || 0), at: Date.now()}));
                } catch (e) { /* storage full or disabled: the server copy still applies */ }
              };
              area.addEventListener('input', area.__cvKeep);
              const title = document.getElementById('recommendation-title');
              if (title) { title.addEventListener('input', area.__cvKeep); }
            }""";

    private final TextArea body;
    private String key;

    BrowserDraft(TextArea body) {
        this.body = body;
    }

    /** Starts keeping the text in this browser under the recommendation and person. */
    void watch(long recommendationId, long personId) {
        key = "convene.recommendation." + recommendationId + ".person." + personId;
        body.getElement().executeJs(WATCH, key);
    }

    /** The revision the text started from, stored with every copy. */
    void base(int revision) {
        body.getElement().setAttribute("data-base", String.valueOf(revision));
    }

    /** Reads what this browser kept, if anything; the answer comes back after a round trip. */
    void read(SerializableConsumer<Kept> found) {
        if (key == null) {
            return;
        }
        body.getElement().executeJs("const v = localStorage.getItem($0); return v ? JSON.parse(v) : null;", key)
                .then(json -> {
                    if (json != null && json.isObject() && json.hasNonNull("body")) {
                        found.accept(new Kept(json.path("title").asString(""), json.path("body").asString(""),
                                json.path("base").asInt(0), Instant.ofEpochMilli(json.path("at").asLong(0))));
                    }
                });
    }

    void clear() {
        if (key != null) {
            body.getElement().executeJs("localStorage.removeItem($0)", key);
        }
    }
}
