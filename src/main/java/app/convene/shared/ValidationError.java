package app.convene.shared;

import java.util.Arrays;

/**
 * Input a service cannot save as given: the field it concerns (as the form's property name, or
 * {@code null} for the form as a whole) and an i18n message key with its parameters. The one
 * validation error every service reports; forms show {@code messageKey} by the field.
 */
public class ValidationError extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] params;

    public ValidationError(String field, String messageKey, Object... params) {
        super((field == null ? "form" : field) + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.params = params == null ? new Object[0] : params.clone();
    }

    /** The field the message belongs by, or {@code null} for the whole form. */
    public String field() {
        return field;
    }

    /** The i18n key of the message. */
    public String messageKey() {
        return messageKey;
    }

    /** Parameters of the message. */
    public Object[] params() {
        return params.clone();
    }

    @Override
    public String toString() {
        return "ValidationError[" + field + ", " + messageKey + ", " + Arrays.toString(params) + "]";
    }
}
