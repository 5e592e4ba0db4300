package app.convene.shared.ui;

import app.convene.shared.markdown.SafeMarkdown;
import com.vaadin.flow.component.html.Div;

/** Shows Markdown rendered by {@link SafeMarkdown}: escaped HTML, safe links only. One state node. */
public class MarkdownView extends Div {

    public MarkdownView(String markdown) {
        addClassName("cv-markdown");
        show(markdown);
    }

    /** Shows other Markdown in the same element (a live preview: no new node per change). */
    public void show(String markdown) {
        getElement().setProperty("innerHTML", SafeMarkdown.toHtml(markdown));
    }
}
