package app.convene.workgroups.ui;

import app.convene.shared.ui.MarkdownView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;

/** The charter tab: the charter through the safe Markdown renderer, or a note that there is none yet. */
final class CharterPanel {

    private CharterPanel() {
    }

    static Component of(String charter) {
        if (charter == null || charter.isBlank()) {
            Paragraph none = new Paragraph();
            none.setText(none.getTranslation("workgroup.noCharter"));
            return none;
        }
        return new MarkdownView(charter);
    }
}
