package app.convene.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19, decision 0048: Convene killed with SIGKILL while 50 people save loses no save it acknowledged. The
 * application runs as a child JVM ({@link SavesUntilKilled}, the whole application, loopback only) on a PostgreSQL
 * this test owns (the embedded server with a data folder, as Convene runs by default: commits wait for the
 * write-ahead log); the test reads the acknowledgements from the child's output, kills it part-way and then finds
 * every acknowledged note in the database.
 */
class AppKillTest {

    private static final String END = "\u0000end";

    @TempDir
    Path folder;

    @Test
    void everySaveAcknowledgedBeforeAKill9IsInTheDatabase() throws Exception {
        try (EmbeddedDatabaseServer postgres = EmbeddedDatabaseServer.start(
                new EmbeddedDatabaseProperties(folder.resolve("pg").toString(), "convene", 0, false, null, false))) {
            String url = postgres.jdbcUrl(postgres.ensureDatabase("convene", false));
            Process app = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), SavesUntilKilled.class.getName(),
                    "--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                    "--spring.datasource.hikari.maximum-pool-size=20", "--server.port=0", "--server.address=127.0.0.1",
                    "--convene.demo.enabled=true", "--convene.keycloak.client-secret=kill-test-client-secret",
                    "--convene.keycloak.admin-client-secret=kill-test-admin-secret",
                    "--convene.search.directory=" + Files.createDirectories(folder.resolve("index")),
                    "--convene.library.files=" + Files.createDirectories(folder.resolve("files")))
                    .redirectErrorStream(true).start();
            BlockingQueue<String> lines = new LinkedBlockingQueue<>();
            Thread reader = Thread.ofVirtual().start(() -> read(app, lines));
            try {
                Map<Long, String> acknowledged = new HashMap<>();
                StringBuilder log = new StringBuilder();
                long workgroup = -1;
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(50);
                while (acknowledged.size() < 250 && System.nanoTime() < deadline) {
                    String line = lines.poll(1, TimeUnit.SECONDS);
                    if (line == null) {
                        continue;
                    }
                    if (line.equals(END)) {
                        break;
                    }
                    if (line.startsWith("READY ")) {
                        workgroup = Long.parseLong(line.substring(6));
                    } else if (!acknowledge(line, acknowledged)) {
                        log.append(line).append('\n');
                    }
                }
                assertThat(acknowledged).as("saves under way before the kill; the child said:\n" + log).hasSizeGreaterThanOrEqualTo(250);

                app.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no context close, no pool close
                assertThat(app.waitFor(10, TimeUnit.SECONDS)).isTrue();
                assertThat(app.exitValue()).as("killed by signal 9").isEqualTo(128 + 9);
                reader.join(TimeUnit.SECONDS.toMillis(10));
                for (String line; (line = lines.poll()) != null; ) {
                    assertThat(line).as("killed before all saves were done").isNotEqualTo("DONE");
                    acknowledge(line, acknowledged);
                }
                assertThat(acknowledged.size()).as("killed mid-way")
                        .isLessThan(SavesUntilKilled.SAVERS * SavesUntilKilled.SAVES_EACH);

                Map<Long, String> stored = stored(url, workgroup);
                System.out.printf("PERF app_kill_acknowledged_saves %d saves (%d stored; %d committed but not yet "
                        + "acknowledged)%n", acknowledged.size(), stored.size(), stored.size() - acknowledged.size());
                assertThat(stored).as("every acknowledged save is in the database").containsAllEntriesOf(acknowledged);
            } finally {
                app.destroyForcibly();
                app.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    private static boolean acknowledge(String line, Map<Long, String> acknowledged) {
        if (!line.startsWith("ACK ")) {
            return false;
        }
        String[] parts = line.split(" ", 3);
        acknowledged.put(Long.parseLong(parts[1]), parts[2]);
        return true;
    }

    private static void read(Process app, BlockingQueue<String> lines) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                lines.add(line);
            }
        } catch (IOException e) {
            lines.add("read failed: " + e);
        }
        lines.add(END);
    }

    private static Map<Long, String> stored(String url, long workgroup) throws Exception {
        Map<Long, String> stored = new HashMap<>();
        try (Connection c = DriverManager.getConnection(url, "postgres", "");
             PreparedStatement s = c.prepareStatement("select id, title from workgroup_note where workgroup_id = ?")) {
            s.setLong(1, workgroup);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    stored.put(rs.getLong(1), rs.getString(2));
                }
            }
        }
        return stored;
    }
}
