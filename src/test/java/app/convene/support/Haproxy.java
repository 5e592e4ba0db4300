package app.convene.support;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Debian's HAProxy with the project's own configuration ({@code docs/multi-node/haproxy.cfg}, sticky sessions by
 * the cookie {@code CONVENE_NODE}) on a free loopback port, in front of node {@code a} and node {@code b}.
 * No skipping: without HAProxy the test fails and says how to get it.
 */
public final class Haproxy implements AutoCloseable {

    public static final Path CONFIG = Path.of("docs/multi-node/haproxy.cfg");

    private final Process process;
    private final Path log;
    private final int port;

    private Haproxy(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** HAProxy's executable, or an error naming {@code .ci/run}, which installs Debian's package. */
    public static Path executable() {
        return Stream.concat(Stream.of(System.getenv().getOrDefault("PATH", "").split(":")), Stream.of("/usr/sbin"))
                .filter(dir -> !dir.isBlank())
                .map(dir -> Path.of(dir, "haproxy"))
                .filter(Files::isExecutable)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("haproxy is missing: this test runs Debian's HAProxy in "
                        + "front of two Convene nodes. .ci/run installs it (apt-get install haproxy)."));
    }

    public static Haproxy inFrontOf(int nodeA, int nodeB, Path folder) throws IOException, InterruptedException {
        Path haproxy = executable();
        int port = freePort();
        Path log = folder.resolve("haproxy.log");
        ProcessBuilder builder = new ProcessBuilder(haproxy.toString(), "-f", CONFIG.toString(), "-db")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(Map.of("CONVENE_LB_PORT", Integer.toString(port),
                "CONVENE_NODE_A_PORT", Integer.toString(nodeA), "CONVENE_NODE_B_PORT", Integer.toString(nodeB)));
        Process process = builder.start();
        Haproxy started = new Haproxy(process, log, port);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!listens(port)) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                started.close();
                throw new IllegalStateException("HAProxy did not listen on port " + port + ": " + started.log());
            }
            Thread.sleep(50);
        }
        return started;
    }

    public int port() {
        return port;
    }

    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static boolean listens(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
