package app.convene.shared.ui;

import app.convene.shared.markdown.SafeMarkdown;
import com.vaadin.flow.component.html.Div;

/** Shows Markdown rendered by {@link SafeMarkdown}: escaped HTML, safe links only. */
public class MarkdownView extends Div {

    public MarkdownView(String markdown) {
        addClassName("cv-markdown");
        getElement().setProperty("innerHTML", SafeMarkdown.toHtml(markdown));
    }
}
