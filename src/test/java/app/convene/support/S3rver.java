package app.convene.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.util.FileSystemUtils;

/**
 * A real S3-compatible server for tests: s3rver (npm), installed where {@code .ci/run} installs it, started on a
 * free loopback port with a temporary folder and the given buckets, stopped by {@link #close()}. When it is not
 * installed the first test installs it with npm; without npm the test fails saying so (never skipped).
 */
public final class S3rver implements AutoCloseable {

    public static final String VERSION = "3.7.1";
    /** s3rver's fixed credentials (the access key and the secret are the same). */
    public static final String KEY = "S3RVER";
    private static final Path HOME = Path.of(System.getProperty("user.home"), ".cache", "convene", "s3rver");
    private static final Path SCRIPT = HOME.resolve("node_modules/s3rver/bin/s3rver.js");
    private static final Pattern LISTENING = Pattern.compile("S3rver listening on [^:]+:(\\d+)");

    private final Process process;
    private final Path directory;
    private final int port;

    private S3rver(Process process, Path directory, int port) {
        this.process = process;
        this.directory = directory;
        this.port = port;
    }

    public static S3rver start(String... buckets) {
        installed();
        try {
            Path directory = Files.createTempDirectory("s3rver");
            List<String> command = new ArrayList<>(List.of("node", SCRIPT.toString(), "--directory",
                    directory.resolve("data").toString(), "--address", "127.0.0.1", "--port", "0", "--silent"));
            for (String bucket : buckets) {
                command.addAll(List.of("--configure-bucket", bucket));
            }
            Process process = new ProcessBuilder(command)
                    .redirectError(directory.resolve("stderr.log").toFile()).start();
            return new S3rver(process, directory, port(process, directory));
        } catch (IOException failed) {
            throw new IllegalStateException("Could not start s3rver (is Node.js on the PATH?)", failed);
        }
    }

    private static int port(Process process, Path directory) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<Integer> listening = CompletableFuture.supplyAsync(() -> {
            try {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    Matcher matcher = LISTENING.matcher(line);
                    if (matcher.find()) {
                        Thread.ofVirtual().start(() -> drain(out));
                        return Integer.parseInt(matcher.group(1));
                    }
                }
                return -1;
            } catch (IOException closed) {
                return -1;
            }
        });
        try {
            int port = listening.get(60, TimeUnit.SECONDS);
            if (port > 0) {
                return port;
            }
        } catch (Exception notInTime) {
            // reported below with what the server said
        }
        process.destroyForcibly();
        throw new IllegalStateException("s3rver did not start: " + Files.readString(directory.resolve("stderr.log")));
    }

    private static void drain(BufferedReader out) {
        try {
            while (out.readLine() != null) {
                // s3rver is silent; this only keeps its pipe from filling
            }
        } catch (IOException closed) {
            // the server stopped
        }
    }

    /** Installs s3rver as {@code .ci/run} does, once per machine. */
    private static synchronized void installed() {
        if (Files.isRegularFile(SCRIPT)) {
            return;
        }
        try {
            Files.createDirectories(HOME);
            Process npm = new ProcessBuilder("npm", "install", "--prefix", HOME.toString(), "--no-audit", "--no-fund",
                    "s3rver@" + VERSION).redirectErrorStream(true)
                    .redirectOutput(HOME.resolve("install.log").toFile()).start();
            if (!npm.waitFor(5, TimeUnit.MINUTES) || npm.exitValue() != 0 || !Files.isRegularFile(SCRIPT)) {
                npm.destroyForcibly();
                throw new IllegalStateException("npm could not install s3rver@" + VERSION + " into " + HOME + ": "
                        + Files.readString(HOME.resolve("install.log")));
            }
        } catch (IOException noNpm) {
            throw new IllegalStateException("s3rver is not installed in " + HOME + " and npm could not be run to "
                    + "install it: install Node.js and npm (Debian: apt-get install nodejs npm), or run .ci/run", noNpm);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    public String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        FileSystemUtils.deleteRecursively(directory.toFile());
    }
}
