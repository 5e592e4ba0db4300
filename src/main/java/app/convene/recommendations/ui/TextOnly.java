package app.convene.recommendations.ui;

import app.convene.shared.ui.Markup;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;

/**
 * A heading or paragraph whose whole content is one text that the page sets and resets (the title, the status,
 * sources and presence lines): the text goes in escaped as the element's HTML ({@link Markup}, decision 0055), so the
 * element is one state node, not an element and a text node (issue 19, decision 0050; ~0.4 KiB of live heap per node,
 * decision 0051). The browser gets the same element with the same text; {@code getText()} gives it back for tests.
 * (Vaadin does not let {@code textContent} be set as a property.)
 */
final class TextOnly {

    private TextOnly() {
    }

    static final class Heading extends H1 {
        private String text = "";

        @Override
        public void setText(String text) {
            this.text = show(this, text);
        }

        @Override
        public String getText() {
            return text;
        }
    }

    static final class Line extends Paragraph {
        private String shown = "";

        @Override
        public String getText() {
            return shown;
        }

        @Override
        public void setText(String text) {
            shown = show(this, text);
        }
    }

    /** Shows {@code text} as the whole content of {@code element}; gives it back (never null) to be kept. */
    static String show(Component element, String text) {
        String shown = text == null ? "" : text;
        element.getElement().setProperty("innerHTML", new Markup().text(shown).toString());
        return shown;
    }
}
