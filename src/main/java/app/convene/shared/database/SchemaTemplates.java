package app.convene.shared.database;

import java.util.Optional;
import javax.sql.DataSource;
import liquibase.exception.LiquibaseException;
import liquibase.integration.spring.SpringLiquibase;
import org.springframework.core.env.Environment;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The fresh databases of the tests, copied from one migrated template (decision 0084). Every test context has a
 * database of its own; migrating each from nothing ran the whole change log ~65 times a run. The throwaway server now
 * keeps, per change log (its {@link ChangelogHash}), one database that Liquibase brought up to it and
 * {@link SchemaStamp} stamped, and each fresh database is a copy ({@code create database … template …}): the context's
 * own Liquibase then finds the stamp and does not run. A change log that cannot be hashed, or Liquibase switched off,
 * gets an empty database as before.
 */
final class SchemaTemplates {

    private SchemaTemplates() {
    }

    /** The template to copy for this environment's change log, made now if needed; null for an empty database. */
    static String of(Environment environment, EmbeddedDatabaseServer server, String name) {
        if (!environment.getProperty("spring.liquibase.enabled", Boolean.class, true)
                || environment.getProperty("spring.liquibase.change-log") == null) {
            return null;
        }
        Optional<String> hash = new ChangelogHash(SchemaTemplates.class.getClassLoader())
                .of(liquibase(environment, null));
        return hash.map(key -> server.template(name, key, url -> migrate(environment, url))).orElse(null);
    }

    /** Brings the database at {@code url} up to the change log and stamps it, as a context's start would. */
    private static void migrate(Environment environment, String url) {
        SpringLiquibase liquibase = liquibase(environment, new DriverManagerDataSource(url, "postgres", ""));
        SchemaStamp stamp = new SchemaStamp(environment);
        stamp.postProcessBeforeInitialization(liquibase, "liquibase");
        try {
            liquibase.afterPropertiesSet();
        } catch (LiquibaseException e) {
            throw new IllegalStateException("Liquibase could not migrate the template", e);
        }
        stamp.postProcessAfterInitialization(liquibase, "liquibase");
    }

    /** Liquibase with the settings Spring Boot gives the context's own (those {@link ChangelogHash} reads). */
    private static SpringLiquibase liquibase(Environment environment, DataSource dataSource) {
        SpringLiquibase liquibase = new SpringLiquibase();
        liquibase.setDataSource(dataSource);
        liquibase.setChangeLog(environment.getProperty("spring.liquibase.change-log"));
        liquibase.setContexts(environment.getProperty("spring.liquibase.contexts"));
        liquibase.setLabelFilter(environment.getProperty("spring.liquibase.label-filter"));
        liquibase.setDefaultSchema(environment.getProperty("spring.liquibase.default-schema"));
        liquibase.setTag(environment.getProperty("spring.liquibase.tag"));
        liquibase.setResourceLoader(new DefaultResourceLoader(SchemaTemplates.class.getClassLoader()));
        return liquibase;
    }
}
