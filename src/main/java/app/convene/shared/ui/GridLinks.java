package app.convene.shared.ui;

import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;
import java.util.Objects;

/**
 * A grid column of links that the browser draws from two values a row (decision 0083), in place of a component
 * column of {@code Anchor}s: each row's anchor was a server-side component, attached, sent and kept with the UI (a
 * state node for the element, one for its text and the renderer's bookkeeping), for every row of every page the grid
 * loads. The link is the same {@code <a href>} (Vaadin's router still follows it without reloading the page); Lit
 * escapes both values. A row without an address shows its text alone. Lit does not stop a {@code javascript:}
 * address, so the address must be one of Convene's own, relative to the application (built from ids and slugs):
 * one with a scheme, or starting with a slash, is refused.
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
                .withProperty(HREF, item -> own(href.apply(item)))
                .withProperty(TEXT, item -> Objects.toString(text.apply(item), ""));
    }

    /** The address if it is one of Convene's own relative addresses (or null); else a programming error. */
    static String own(String href) {
        if (href != null && (href.startsWith("/") || href.startsWith("\\") || href.contains(":"))) {
            throw new IllegalArgumentException("A grid link takes an address relative to Convene, not " + href);
        }
        return href;
    }
}
