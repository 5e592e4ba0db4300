package app.convene.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.ByteArrayInputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Decision 0073: a UIDL request's body read with a buffer of its declared size gives the same text as Vaadin's
 * reading, multi-byte characters included, and a body longer than it declared is refused. (The handler that uses it
 * answers every UIDL request of the HTTP tests, e.g. {@code LastResponseHttpTest}.)
 */
class SizedRequestBodyTest {

    @Test
    void onlyABodyThatDeclaresItsLengthUpTo64KAndTheMaximumIsReadHere() {
        assertThat(SizedRequestBody.lengthToRead(420, 10_485_760)).isEqualTo(420);
        assertThat(SizedRequestBody.lengthToRead(65_536, -1)).as("no maximum configured").isEqualTo(65_536);
        assertThat(SizedRequestBody.lengthToRead(-1, 10_485_760)).as("no declared length").isEqualTo(-1);
        assertThat(SizedRequestBody.lengthToRead(65_537, 10_485_760)).as("over Vaadin's 64 K buffer").isEqualTo(-1);
        assertThat(SizedRequestBody.lengthToRead(5_000, 4_000)).as("over the configured maximum").isEqualTo(-1);
        assertThat(SizedRequestBody.lengthToRead(0, 4_000)).isZero();
    }

    @Test
    void theBodyIsReadWhole() throws IOException {
        String body = "{\"csrfToken\":\"a\",\"rpc\":[{\"type\":\"event\",\"node\":5,\"event\":\"click\"}],\"syncId\":3}";
        assertThat(SizedRequestBody.read(utf8(body), bytes(body))).isEqualTo(body);
    }

    @Test
    void multiByteCharactersTakeMoreBytesThanCharacters() throws IOException {
        String body = "{\"value\":\"Lucía’s “equity” plan · 平等 🌱\"}";
        assertThat(bytes(body)).isGreaterThan(body.length());
        assertThat(SizedRequestBody.read(utf8(body), bytes(body))).isEqualTo(body);
    }

    @Test
    void aReaderThatGivesFewCharactersAtATimeIsReadToItsEnd() throws IOException {
        String body = "x".repeat(5_000);
        Reader trickle = new StringReader(body) {
            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                return super.read(buffer, offset, Math.min(length, 7));
            }
        };
        assertThat(SizedRequestBody.read(trickle, body.length())).isEqualTo(body);
    }

    @Test
    void emptyAndMissingBodies() throws IOException {
        assertThat(SizedRequestBody.read(utf8(""), 0)).isEmpty();
        assertThat(SizedRequestBody.read(null, 10)).isNull();
    }

    @Test
    void aBodyLongerThanItsDeclaredLengthIsRefused() {
        assertThatThrownBy(() -> SizedRequestBody.read(utf8("0123456789"), 4))
                .isInstanceOf(IOException.class).hasMessageContaining("declared 4 bytes");
    }

    private static Reader utf8(String text) {
        return new InputStreamReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8);
    }

    private static int bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
