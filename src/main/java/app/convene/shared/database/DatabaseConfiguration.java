package app.convene.shared.database;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Convene's one DataSource, embedded or external database alike. When no {@code spring.datasource.url} is given,
 * Convene starts a real PostgreSQL of its own and connects to it (the embedded default); otherwise it connects to
 * the named database as Spring Boot would ({@code spring.datasource.url}, {@code username}, {@code password}).
 * Spring Boot's own DataSource set-up backs off; its pool settings ({@code spring.datasource.hikari.*}: the
 * time-outs that let Convene ride out a database restart) apply either way.
 *
 * <p>The choice is made here, when the beans are created, and not by a {@code @Conditional}: the bean definitions
 * are the same for both, so one Spring-AOT-processed jar (decision 0052), whose definitions are fixed at build time,
 * serves the embedded default and an external database.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    /** The embedded server; none (a null bean: no {@code EmbeddedDatabaseServer} in the context) on an external database. */
    @Bean(destroyMethod = "close")
    EmbeddedDatabaseServer embeddedDatabaseServer(Environment environment, EmbeddedDatabaseProperties properties) {
        return DatabaseMode.of(environment) == DatabaseMode.EMBEDDED ? EmbeddedDatabaseServer.start(properties) : null;
    }

    /** Liquibase runs only when the change log differs from the one the database was last brought up to. */
    @Bean
    static SchemaStamp schemaStamp(Environment environment) {
        return new SchemaStamp(environment);
    }

    /** Service transactions go to the one transaction manager without a qualifier scan per call (decision 0077). */
    @Bean
    static DefaultTransactionManager defaultTransactionManager() {
        return new DefaultTransactionManager();
    }

    @Bean(destroyMethod = "close")
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(ObjectProvider<EmbeddedDatabaseServer> embedded, EmbeddedDatabaseProperties properties,
                                DataSourceProperties external, Environment environment) {
        EmbeddedDatabaseServer server = embedded.getIfAvailable();
        if (server == null) {
            HikariDataSource dataSource = external.initializeDataSourceBuilder().type(HikariDataSource.class).build();
            if (external.getName() != null && !external.getName().isBlank()) {
                dataSource.setPoolName(external.getName());
            }
            return dataSource;
        }
        // A fresh database of the tests on the throwaway server: a copy of the migrated template (decision 0084).
        String template = properties.freshDatabase() && !properties.persistent()
                ? SchemaTemplates.of(environment, server, properties.database()) : null;
        String database = server.ensureDatabase(properties.database(), properties.freshDatabase(), template);
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(server.jdbcUrl(database));
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(properties.poolSize());
        dataSource.setMinimumIdle(Math.min(2, properties.poolSize()));
        dataSource.setPoolName("convene-embedded");
        return dataSource;
    }

}
