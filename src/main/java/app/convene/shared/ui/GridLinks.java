package app.convene.shared.ui;

import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;

/**
 * A grid column of links that the browser draws from two values a row (decision 0083), in place of a component
 * column of {@code Anchor}s: each row's anchor was a server-side component, attached, sent and kept with the UI (a
 * state node for the element, one for its text and the renderer's bookkeeping), for every row of every page the grid
 * loads. The link is the same {@code <a href>} (Vaadin's router still follows it without reloading the page); Lit
 * escapes both values. A row without an address shows its text alone.
 */
public final class GridLinks {

    /** The names of the two values in the renderer, for tests that read a row's link. */
    public static final String HREF = "href";
    public static final String TEXT = "text";

    private static final String TEMPLATE = "${item.href ? html`<a href=\"${item.href}\">${item.text}</a>` : item.text}";

    private GridLinks() {
    }

    /** A link to {@code href} (relative to the application, or null for text alone) reading {@code text}. */
    public static <T> LitRenderer<T> of(ValueProvider<T, String> href, ValueProvider<T, String> text) {
        return LitRenderer.<T>of(TEMPLATE)
                .withProperty(HREF, href)
                .withProperty(TEXT, item -> {
                    String shown = text.apply(item);
                    return shown == null ? "" : shown;
                });
    }
}
