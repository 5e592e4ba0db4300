package app.convene.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local Keycloak's admin password is random, made once and kept for its owner only. */
class LocalKeycloakAdminPasswordTest {

    @Test
    void isRandomKeptAndReadableOnlyByItsOwner(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("keycloak/admin-password");

        String password = LocalKeycloakAdminPassword.of(file);

        assertThat(password).isNotEqualTo("admin").hasSizeGreaterThanOrEqualTo(20);
        assertThat(LocalKeycloakAdminPassword.of(file)).isEqualTo(password);
        assertThat(Files.readString(file).strip()).isEqualTo(password);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(LocalKeycloakAdminPassword.of(dir.resolve("other"))).isNotEqualTo(password);
    }
}
