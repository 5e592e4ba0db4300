package app.convene.notifications.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The key unsubscribe links are signed with: {@code convene.notifications.unsubscribe-secret} when set (production
 * must set it: see {@code ProductionRefusals}), else a random one made once and kept in a file only its owner
 * reads (the embedded default), so links in mail already sent keep working after a restart.
 */
final class UnsubscribeSecret {

    static final String PROPERTY = "convene.notifications.unsubscribe-secret";

    private UnsubscribeSecret() {
    }

    static byte[] of(String configured, Path file) {
        if (configured != null && !configured.isBlank()) {
            return configured.strip().getBytes(StandardCharsets.UTF_8);
        }
        try {
            if (Files.isRegularFile(file)) {
                return Files.readString(file).strip().getBytes(StandardCharsets.UTF_8);
            }
            byte[] bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, secret + "\n");
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the file keeps the folder's permissions.
            }
            return secret.getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the unsubscribe links' secret in " + file, e);
        }
    }
}
