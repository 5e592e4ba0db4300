package app.convene.support;

import app.convene.ConveneApplication;
import com.zaxxer.hikari.HikariDataSource;
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
import javax.sql.DataSource;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/**
 * A second Convene node in a JVM of its own (decision 0047), so that a test can kill it for real (SIGKILL): the
 * whole web application on a free loopback port, on the database of the test's own context. Its output goes to
 * a log file; {@link #log()} reads it for failure messages.
 *
 * <p>Only the database wiring differs from a node in production: the node takes the test's database through a
 * pool of its own in place of the embedded server's, instead of {@code spring.datasource.url}, because an external
 * database puts Convene under its production rules, and they refuse the demo realm's client secret the test's
 * Keycloak holds (ProductionRefusals).
 */
public final class ChildNode implements AutoCloseable {

    private static final String DATABASE = "convene.test.child-node.database-url";
    private static final String READY = "CHILD NODE READY ";

    private final Process process;
    private final Path log;
    private final int port;

    private ChildNode(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** Starts a node on the database behind {@code sameDatabase} and waits until it serves (at most 120 s). */
    public static ChildNode start(DataSource sameDatabase, Path folder, String... arguments) throws Exception {
        String url = ((HikariDataSource) sameDatabase).getJdbcUrl();
        Path log = folder.resolve("child-node.log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-D" + DATABASE + "=" + url, "-cp", System.getProperty("java.class.path"), ChildNode.class.getName(),
                "--server.port=0", "--server.address=127.0.0.1", "--spring.main.banner-mode=off",
                "--convene.keycloak.embedded=never", "--convene.demo.enabled=false",
                "--convene.search.directory=" + Files.createDirectories(folder.resolve("search")),
                "--convene.library.files=" + Files.createDirectories(folder.resolve("files"))));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        CompletableFuture<Integer> ready = new CompletableFuture<>();
        Thread.ofVirtual().start(() -> copy(process, log, ready));
        try {
            return new ChildNode(process, log, ready.get(120, TimeUnit.SECONDS));
        } catch (Exception e) {
            process.destroyForcibly();
            throw new IllegalStateException("The child node did not start; its log:\n" + tail(log), e);
        }
    }

    public int port() {
        return port;
    }

    /** Kills the node with SIGKILL (no shutdown hook, no context close) and returns its exit status. */
    public int kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the child node did not die");
        }
        return process.exitValue();
    }

    /** The end of the node's output. */
    public String log() {
        return tail(log);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    private static void copy(Process process, Path log, CompletableFuture<Integer> ready) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
             var out = Files.newBufferedWriter(log)) {
            for (String line; (line = in.readLine()) != null; ) {
                out.write(line);
                out.newLine();
                out.flush();
                if (line.startsWith(READY)) {
                    ready.complete(Integer.parseInt(line.substring(READY.length()).strip()));
                }
            }
        } catch (IOException | RuntimeException e) {
            ready.completeExceptionally(e);
        }
        ready.completeExceptionally(new IllegalStateException("the child node's output ended before it was ready"));
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /** The child JVM's entry point: Convene, its pool on the parent's database; prints its port when it serves. */
    public static void main(String[] args) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(ConveneApplication.class).profiles("test")
                .web(WebApplicationType.SERVLET)
                .initializers(c -> ((GenericApplicationContext) c).registerBean(SameDatabase.class, SameDatabase::new))
                .run(args);
        System.out.println(READY + context.getEnvironment().getProperty("local.server.port"));
    }

    /**
     * Replaces the embedded database's server and pool with a pool on the parent's database. A bean, not a
     * context post-processor, so that it runs after the configuration classes have registered their beans.
     */
    static final class SameDatabase implements BeanDefinitionRegistryPostProcessor {

        @Override
        public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
            for (String name : List.of("embeddedDatabaseServer", "dataSource")) {
                if (registry.containsBeanDefinition(name)) {
                    registry.removeBeanDefinition(name);
                }
            }
            RootBeanDefinition pool = new RootBeanDefinition(HikariDataSource.class, () -> {
                HikariDataSource dataSource = new HikariDataSource();
                dataSource.setJdbcUrl(System.getProperty(DATABASE));
                dataSource.setUsername("postgres");
                dataSource.setMaximumPoolSize(6);
                dataSource.setPoolName("convene-child-node");
                return dataSource;
            });
            pool.setDestroyMethodName("close");
            registry.registerBeanDefinition("dataSource", pool);
        }
    }
}
