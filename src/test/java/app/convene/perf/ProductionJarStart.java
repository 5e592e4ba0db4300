package app.convene.perf;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One start of the packaged production jar as a child JVM (decision 0052): production settings (an external
 * PostgreSQL, secrets of the benchmark's own, an issuer that is not the local Keycloak, so no Keycloak starts and
 * none is asked), loopback only. Times, from the moment the process is created: readiness UP
 * ({@code /actuator/health/readiness}) and the first page served (the home page, eager first render).
 */
final class ProductionJarStart implements AutoCloseable {

    static final Duration LIMIT = Duration.ofMinutes(5);
    /** How often readiness is asked until the log says the jar has started (without the line: 0.5 s late at most). */
    static final Duration UNANNOUNCED_POLL = Duration.ofMillis(500);
    /** Spring Boot's line once the context has started, just before readiness turns UP. */
    static final String STARTED = "Started ConveneApplication";

    private final Process process;
    private final Path log;
    private final int port;
    private final long started;
    private final LogWatch startedLine;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long readyMs = -1;
    long firstPageMs = -1;
    String readiness;
    /** Whether readiness was asked because the log said the jar had started (else found by the slower poll). */
    boolean announced;
    String firstPage;
    /** What each kind of thread had used when readiness was first UP (decision 0085). */
    ThreadCpu cpuAtReady;

    private ProductionJarStart(Process process, Path log, int port, long started) {
        this.process = process;
        this.log = log;
        this.port = port;
        this.started = started;
        this.startedLine = new LogWatch(log, STARTED);
    }

    /**
     * @param launch JVM options and {@code -jar <jar>}
     * @param extra  more application arguments ({@code --name=value}); one named like a default replaces it
     */
    static ProductionJarStart start(List<String> launch, String jdbcUrl, Path folder, List<String> extra)
            throws IOException {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add(jvmOption());
        command.addAll(launch);
        List<String> defaults = new ArrayList<>(List.of("--server.port=" + port, "--server.address=127.0.0.1",
                "--spring.datasource.url=" + jdbcUrl, "--spring.datasource.username=postgres",
                "--convene.keycloak.issuer-uri=http://127.0.0.1:" + freePort() + "/realms/convene",
                "--convene.keycloak.client-secret=cold-start-client-secret",
                "--convene.keycloak.admin-client-secret=cold-start-admin-secret",
                "--convene.notifications.unsubscribe-secret=cold-start-unsubscribe-secret-0123456789abcdef",
                "--convene.search.directory=" + Files.createDirectories(folder.resolve("index")),
                "--convene.library.files=" + Files.createDirectories(folder.resolve("files")),
                // Nobody answers there: nothing is sent while starting (a production start names its mail server).
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + freePort()));
        defaults.removeIf(setting -> extra.stream()
                .anyMatch(e -> e.startsWith(setting.substring(0, setting.indexOf('=') + 1))));
        command.addAll(defaults);
        command.addAll(extra);
        Path log = Files.createTempFile(folder, "start-", ".log");
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        return new ProductionJarStart(process, log, port, started);
    }

    /**
     * The JVM option production runs with (the pom's {@code convene.jvm.option}, decision 0087): the build's AOT caches
     * were trained with it, and a start with {@code -XX:AOTMode=on} and without it would fail.
     */
    static String jvmOption() {
        String option = System.getProperty("convene.jvm.option");
        if (option == null || option.isBlank()) {
            throw new IllegalStateException("convene.jvm.option is not set: run the benchmark through Maven "
                    + "(mvn -Pperf verify), which passes the pom's");
        }
        return option;
    }

    /** Waits for the jar to stop by itself (a refused start) and returns its output. */
    String awaitRefusal() throws Exception {
        if (!process.waitFor(LIMIT.toSeconds(), TimeUnit.SECONDS)) {
            throw new AssertionError("still running after " + LIMIT + ", expected a refusal:\n" + tail());
        }
        return output();
    }

    /**
     * Waits for readiness UP, then asks for the home page once. Readiness is asked over HTTP once the jar's log says
     * it has started, and otherwise every {@link #UNANNOUNCED_POLL}: a client that asked every 20 ms from the first
     * moment took CPU from the start it timed, 0.26 to 0.65 s later on two cores (decision 0086). The log is read
     * every 20 ms from where the last read ended, which costs the machine next to nothing.
     */
    ProductionJarStart awaitReady() throws Exception {
        long deadline = started + LIMIT.toNanos();
        long lastAsked = started;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the jar stopped (exit " + process.exitValue() + "):\n" + tail());
            }
            if (startedLine.seen() || System.nanoTime() - lastAsked >= UNANNOUNCED_POLL.toNanos()) {
                lastAsked = System.nanoTime();
                HttpResponse<String> answer = get("/actuator/health/readiness");
                if (answer != null && answer.statusCode() == 200) {
                    readyMs = elapsedMs();
                    announced = startedLine.seen();
                    cpuAtReady = ThreadCpu.of(process.pid());
                    readiness = answer.body();
                    HttpResponse<String> page = get("/");
                    firstPageMs = elapsedMs();
                    firstPage = page == null ? "" : page.statusCode() + " " + page.body();
                    return this;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("not ready within " + LIMIT + ":\n" + tail());
    }

    HttpResponse<String> get(String path) throws InterruptedException {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (ConnectException notListening) {
            return null;
        } catch (IOException e) {
            return null;
        }
    }

    String output() throws IOException {
        return Files.readString(log);
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    private long elapsedMs() {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    }

    /** Stops the jar as a service manager would (SIGTERM: graceful shut-down) and waits for it. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
        http.close();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
