package app.convene.shared.ui;

import com.vaadin.flow.component.html.Paragraph;

/**
 * The message a form shows above its buttons when something is wrong with the form as a whole (a
 * stale save, a refused action). Announced by screen readers when it appears; hidden while empty.
 */
public class FormError extends Paragraph {

    public FormError() {
        addClassName("cv-form-error");
        getElement().setAttribute("role", "alert");
        setVisible(false);
    }

    /** Shows the (already translated) message. */
    public void show(String text) {
        setText(text);
        setVisible(true);
    }

    public void clear() {
        setText("");
        setVisible(false);
    }
}
