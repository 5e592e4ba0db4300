package app.convene.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The unsubscribe links' key: the configured one, else one made once, kept owner-only and read again. */
class UnsubscribeSecretTest {

    @Test
    void theConfiguredSecretWins(@TempDir Path folder) {
        Path file = folder.resolve("secret");

        assertThat(new String(UnsubscribeSecret.of(" configured ", file), StandardCharsets.UTF_8)).isEqualTo("configured");
        assertThat(file).doesNotExist();
    }

    @Test
    void withoutOneARandomSecretIsMadeOnceKeptOwnerOnlyAndReadAgain(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("convene/unsubscribe-secret");

        byte[] first = UnsubscribeSecret.of("", file);
        byte[] again = UnsubscribeSecret.of(null, file);

        assertThat(first).hasSizeGreaterThanOrEqualTo(40).isEqualTo(again);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(UnsubscribeSecret.of("", folder.resolve("other"))).as("another installation, another key")
                .isNotEqualTo(first);
    }
}
