package app.convene.shared;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;

/**
 * Free text a person typed is stored only without NUL characters (PostgreSQL cannot hold them):
 * services refuse it by the field with {@code error.nulCharacter} instead of failing on save.
 */
public final class FreeText {

    private FreeText() {
    }

    /** The value itself, or a {@link ValidationError} on {@code field} when it holds a NUL character. */
    public static String checked(String field, String value) {
        if (value != null && value.indexOf('\0') >= 0) {
            throw new ValidationError(field, "error.nulCharacter");
        }
        return value;
    }

    /** Checks every text component of a form record, by the component's name. */
    public static <R extends Record> R checked(R form) {
        for (RecordComponent component : form.getClass().getRecordComponents()) {
            if (component.getType() == String.class) {
                try {
                    checked(component.getName(), (String) component.getAccessor().invoke(form));
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return form;
    }
}
