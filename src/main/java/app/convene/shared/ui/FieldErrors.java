package app.convene.shared.ui;

import com.vaadin.flow.component.HasValidation;

/**
 * For forms that check their fields when saved: a field shows the error of the last save only. The
 * fields' own checks are turned off (else emptying a form after a save marks its required fields),
 * and a save, a successful one, or opening another item clears every field's error.
 */
public final class FieldErrors {

    private FieldErrors() {
    }

    /** Only the form marks these fields invalid. */
    public static void manual(HasValidation... fields) {
        for (HasValidation field : fields) {
            field.setManualValidation(true);
        }
    }

    /** No field is invalid and no error message is left behind. */
    public static void clear(HasValidation... fields) {
        for (HasValidation field : fields) {
            field.setInvalid(false);
            field.setErrorMessage(null);
        }
    }

    public static void show(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }
}
