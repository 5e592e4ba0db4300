package app.convene.initiatives.ui;

import app.convene.shared.ui.FieldErrors;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;

/** Field messages for the content editors: a required text left empty, a text over its length. */
final class TextChecks {

    private TextChecks() {
    }

    /** Marks the field and returns false when its text is required and blank, or longer than {@code max}. */
    static <F extends Component & HasValue<?, String> & HasValidation> boolean check(F field, boolean required, int max) {
        String value = field.getValue() == null ? "" : field.getValue();
        if (required && value.isBlank()) {
            FieldErrors.show(field, field.getTranslation("content.error.required"));
            return false;
        }
        if (value.strip().length() > max) {
            FieldErrors.show(field, field.getTranslation("content.error.tooLong", max, value.strip().length()));
            return false;
        }
        return true;
    }

    static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
