package app.convene.security;

import app.convene.shared.StartupFact;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The embedded default's Keycloak: when the issuer is the local one, Convene starts Keycloak 26
 * from the distribution Maven unpacked under {@code .convene/keycloak/} ({@code start-dev} on
 * loopback, realm files imported, on the JDK Convene runs on), waits until it answers, and stops it
 * when Convene stops. A Keycloak already answering at the issuer is reused and left running.
 * The process starts as soon as this bean exists, so Keycloak and Convene boot side by side.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class LocalKeycloak implements ApplicationRunner, DisposableBean, StartupFact {

    private static final Logger log = LoggerFactory.getLogger(LocalKeycloak.class);

    private final KeycloakProperties properties;
    private final LazyHttpClient http =
            new LazyHttpClient(() -> HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build());
    private Process process;
    private Path logFile;
    private String state;

    /** {@code refusals} only orders this bean after the production check: nothing starts before it. */
    LocalKeycloak(KeycloakProperties properties, ProductionRefusals refusals) {
        this.properties = properties;
        if (!properties.startsLocalKeycloak()) {
            state = "external " + properties.issuerUri();
        } else if (answers()) {
            state = "reused local " + properties.issuerUri();
        } else {
            start();
        }
    }

    private void start() {
        Path home = distribution();
        try {
            Path imports = Files.createDirectories(home.resolve("data/import"));
            Path realms = Path.of(properties.realmsDir());
            if (Files.isDirectory(realms)) {
                try (DirectoryStream<Path> files = Files.newDirectoryStream(realms, "*.json")) {
                    for (Path file : files) {
                        Files.copy(file, imports.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            } else {
                log.warn("No realm folder at {}: Keycloak starts without importing a realm", realms.toAbsolutePath());
            }
            logFile = home.getParent().resolve("keycloak.log");
            List<String> command = new ArrayList<>(List.of(home.resolve("bin/kc.sh").toString(), "start-dev",
                    "--http-host=127.0.0.1", "--http-port=" + properties.port(),
                    "--hostname=http://localhost:" + properties.port(), "--import-realm"));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(home.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(logFile.toFile()));
            // Keycloak 26 needs Java 21+: give it the JDK Convene itself runs on.
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
            builder.environment().putIfAbsent("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
            if (!builder.environment().containsKey("KC_BOOTSTRAP_ADMIN_PASSWORD")) {
                builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD",
                        LocalKeycloakAdminPassword.of(home.getParent().resolve("admin-password")));
            }
            process = builder.start();
            state = "started local " + properties.issuerUri() + " (pid " + process.pid() + ", log " + logFile + ")";
            log.info("Starting Keycloak from {} on port {} (log: {})", home, properties.port(), logFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the local Keycloak from " + home, e);
        }
    }

    private Path distribution() {
        Path configured = Path.of(properties.home());
        if (Files.isExecutable(configured.resolve("bin/kc.sh"))) {
            return configured.toAbsolutePath();
        }
        try (var entries = Files.list(configured)) {
            return entries.filter(dir -> Files.isExecutable(dir.resolve("bin/kc.sh")))
                    .max(Comparator.comparing(Path::getFileName))
                    .map(Path::toAbsolutePath)
                    .orElseThrow();
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("No Keycloak distribution under " + configured.toAbsolutePath()
                    + ": the build unpacks one there (mvn generate-resources), or set convene.keycloak.issuer-uri "
                    + "to an existing Keycloak", e);
        }
    }

    /** Blocks start-up until the local Keycloak answers, so sign-in works once Convene says it is ready. */
    @Override
    public void run(ApplicationArguments args) {
        if (process == null) {
            return;
        }
        Instant deadline = Instant.now().plus(properties.startupTimeout());
        while (!answers()) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The local Keycloak stopped during start-up (exit " + process.exitValue()
                        + "); see " + logFile);
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("The local Keycloak did not answer within " + properties.startupTimeout()
                        + "; see " + logFile);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
            }
        }
        log.info("Keycloak is ready at {}", properties.issuerUri());
    }

    private boolean answers() {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(properties.issuerUri() + "/.well-known/openid-configuration"))
                    .timeout(Duration.ofSeconds(2)).GET().build();
            return http.get().send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        http.close();
        if (process != null && process.isAlive()) {
            log.info("Stopping the local Keycloak (pid {})", process.pid());
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    @Override
    public String key() {
        return "keycloak";
    }

    @Override
    public String value() {
        return state;
    }
}
