package app.convene.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A form's own error is an alert: screen readers announce it when it appears. */
class FormErrorTest {

    @Test
    void theErrorIsAnAlertShownOnlyWithItsText() {
        FormError error = new FormError();
        assertThat(error.getElement().getAttribute("role")).isEqualTo("alert");
        assertThat(error.isVisible()).isFalse();

        error.show("The phase was changed by someone else.");
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isEqualTo("The phase was changed by someone else.");
        assertThat(error.getElement().getAttribute("role")).isEqualTo("alert");

        error.clear();
        assertThat(error.isVisible()).isFalse();
        assertThat(error.getText()).isEmpty();
    }
}
