package app.convene.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.convene.shared.ValidationError;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Asserts that a service call is refused with a message by a field. */
public final class FieldRefusal {

    private FieldRefusal() {
    }

    public static void assertRefused(ThrowingCallable call, String field, String messageKey) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ValidationError.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(messageKey);
        });
    }
}
