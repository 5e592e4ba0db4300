package app.convene.security;

import app.convene.shared.database.DatabaseMode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Refuses to start production with the demo's secrets or users. Production is any external
 * database, a non-default issuer, or the {@code prod} profile; the embedded default is not.
 */
@Component
class ProductionRefusals {

    static final String DEMO_CLIENT_SECRET = "convene-dev-secret";
    static final String DEMO_ADMIN_CLIENT_SECRET = "convene-admin-dev-secret";
    /** s3rver's fixed secret: the library's object store in development and tests (decision 0027). */
    static final String DEVELOPMENT_OBJECT_STORE_SECRET = "S3RVER";
    /** Signs the mails' unsubscribe links (decision 0034); the embedded default makes one of its own. */
    static final String UNSUBSCRIBE_SECRET = "convene.notifications.unsubscribe-secret";
    private static final Pattern REALM_USERS = Pattern.compile("\"users\"\\s*:\\s*\\[\\s*\\{");

    ProductionRefusals(Environment environment, KeycloakProperties keycloak) {
        List<String> problems = problems(environment, keycloak);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Convene refuses to start in production with demo settings:\n- "
                    + String.join("\n- ", problems));
        }
    }

    static boolean production(Environment environment, KeycloakProperties keycloak) {
        return DatabaseMode.of(environment) == DatabaseMode.EXTERNAL
                || !KeycloakProperties.LOCAL_ISSUER.equals(keycloak.issuerUri())
                || environment.acceptsProfiles(Profiles.of("prod"));
    }

    static List<String> problems(Environment environment, KeycloakProperties keycloak) {
        List<String> problems = new ArrayList<>();
        if (!production(environment, keycloak)) {
            return problems;
        }
        if (demo(keycloak.clientSecret(), DEMO_CLIENT_SECRET)) {
            problems.add("the client secret is the demo's: set CONVENE_KEYCLOAK_CLIENTSECRET to the secret of the '"
                    + keycloak.clientId() + "' client in your realm");
        }
        if (demo(keycloak.adminClientSecret(), DEMO_ADMIN_CLIENT_SECRET)) {
            problems.add("the admin client secret is the demo's: set CONVENE_KEYCLOAK_ADMINCLIENTSECRET to the secret of the '"
                    + keycloak.adminClientId() + "' client in your realm (keycloak/README.md, rotating it)");
        }
        if ("s3".equals(environment.getProperty("convene.library.store"))
                && DEVELOPMENT_OBJECT_STORE_SECRET.equals(environment.getProperty("convene.library.s3.secret-key"))) {
            problems.add("the library's object store uses the development server's secret: set "
                    + "CONVENE_LIBRARY_S3_ACCESSKEY and CONVENE_LIBRARY_S3_SECRETKEY to your bucket's keys");
        }
        String unsubscribe = environment.getProperty(UNSUBSCRIBE_SECRET);
        if (unsubscribe == null || unsubscribe.strip().length() < 32) {
            problems.add("the unsubscribe links' secret is missing or shorter than 32 characters: set "
                    + "CONVENE_NOTIFICATIONS_UNSUBSCRIBESECRET to a long random value (e.g. openssl rand -base64 48) and "
                    + "keep it, or links in mail already sent stop working");
        }
        if (keycloak.startsLocalKeycloak()) {
            for (Path file : realmFiles(keycloak.realmsDir())) {
                if (holdsDemo(file)) {
                    problems.add("the realm file " + file + " holds demo users or demo secrets: remove them from the realm "
                            + "file, or set CONVENE_KEYCLOAK_ISSUERURI to your Keycloak's realm");
                }
            }
        }
        return problems;
    }

    private static boolean demo(String secret, String demoSecret) {
        return secret == null || secret.isBlank() || demoSecret.equals(secret);
    }

    private static boolean holdsDemo(Path file) {
        try {
            String realm = Files.readString(file);
            return REALM_USERS.matcher(realm).find() || realm.contains(DEMO_CLIENT_SECRET)
                    || realm.contains(DEMO_ADMIN_CLIENT_SECRET);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the realm file " + file, e);
        }
    }

    private static List<Path> realmFiles(String dir) {
        Path realms = Path.of(dir);
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(realms)) {
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(realms, "*.json")) {
                stream.forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not list the realm files in " + realms, e);
            }
        }
        return files;
    }
}
