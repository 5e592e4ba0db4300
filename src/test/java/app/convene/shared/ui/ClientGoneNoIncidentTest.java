package app.convene.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.ErrorEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.catalina.connector.ClientAbortException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A browser that closed its connection before its answer was written (the load harness's clients timing out at
 * saturation, a closed tab) is not a server incident: nothing is logged as an error; anything else still is.
 */
@ExtendWith(OutputCaptureExtension.class)
class ClientGoneNoIncidentTest {

    @Test
    void aClientThatWentAwayIsNoIncident(CapturedOutput output) {
        ConveneErrorHandling.handle(new ErrorEvent(new UncheckedIOException(
                new ClientAbortException(new IOException("Broken pipe")))));
        assertThat(output.getAll()).doesNotContain("Incident");

        ConveneErrorHandling.handle(new ErrorEvent(new IllegalStateException("something broke")));
        assertThat(output.getAll()).contains("Incident", "something broke");
    }

    @Test
    void onlyTomcatsClientAbortCounts() {
        assertThat(ConveneErrorHandling.clientGone(new ClientAbortException())).isTrue();
        assertThat(ConveneErrorHandling.clientGone(new IOException("Broken pipe"))).isFalse();
    }
}
