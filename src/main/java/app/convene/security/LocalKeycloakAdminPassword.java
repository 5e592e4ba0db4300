package app.convene.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local Keycloak's master-realm password (user {@code admin}): random, made once, kept in a file
 * only its owner reads under {@code .convene/keycloak/}, and printed once, when it is made.
 */
final class LocalKeycloakAdminPassword {

    private static final Logger log = LoggerFactory.getLogger(LocalKeycloakAdminPassword.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private LocalKeycloakAdminPassword() {
    }

    static String of(Path file) {
        try {
            if (Files.isRegularFile(file)) {
                return Files.readString(file).strip();
            }
            byte[] bytes = new byte[18];
            RANDOM.nextBytes(bytes);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            Files.createDirectories(file.getParent());
            Files.writeString(file, password + "\n");
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the file keeps the folder's permissions.
            }
            log.warn("The local Keycloak's admin console (http://localhost:8180/admin): user admin, password {} "
                    + "(printed once; kept in {})", password, file.toAbsolutePath());
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the local Keycloak's admin password in " + file, e);
        }
    }
}
