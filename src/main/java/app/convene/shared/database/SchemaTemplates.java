package app.convene.shared.database;

import java.util.Objects;
import java.util.Optional;
import liquibase.exception.LiquibaseException;
import liquibase.integration.spring.SpringLiquibase;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseProperties;
import org.springframework.core.env.Environment;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.util.CollectionUtils;
import org.springframework.util.StringUtils;

/**
 * The fresh databases of the tests, copied from one migrated template (decision 0084). Every test context has a
 * database of its own; migrating each from nothing ran the whole change log ~65 times a run. The throwaway server now
 * keeps, per change log (its {@link ChangelogHash}), one database that Liquibase brought up to it and
 * {@link SchemaStamp} stamped, and each fresh database is a copy ({@code create database … template …}): the context's
 * own Liquibase then finds the stamp and does not run. A change log that cannot be hashed, Liquibase switched off or
 * run otherwise than Convene runs it ({@link #plain}), or a template that cannot be made gets an empty database as
 * before, which the context's Liquibase migrates.
 */
final class SchemaTemplates {

    private SchemaTemplates() {
    }

    /** The template to copy for this environment's change log, made now if needed; null for an empty database. */
    static String of(Environment environment, EmbeddedDatabaseServer server, String name) {
        LiquibaseProperties settings = Binder.get(environment).bindOrCreate("spring.liquibase",
                LiquibaseProperties.class);
        if (!plain(settings)) {
            return null;
        }
        SpringLiquibase liquibase = liquibase(settings);
        Optional<String> hash = new ChangelogHash(SchemaTemplates.class.getClassLoader()).of(liquibase);
        return hash.map(key -> server.template(name, key, url -> migrate(environment, liquibase, url))).orElse(null);
    }

    /**
     * Whether Liquibase runs as Convene runs it: on the data source, with only the settings {@link ChangelogHash} keys
     * the template by (change log, contexts, label filter, schema, tag). Anything else (parameters, its own
     * connection, other history tables, a first drop) gets an empty database, which the context's Liquibase migrates.
     */
    private static boolean plain(LiquibaseProperties settings) {
        LiquibaseProperties defaults = new LiquibaseProperties();
        return settings.isEnabled() && settings.getChangeLog() != null && settings.getUrl() == null
                && settings.getUser() == null && settings.getLiquibaseSchema() == null
                && settings.getLiquibaseTablespace() == null && !settings.isDropFirst() && !settings.isClearChecksums()
                && CollectionUtils.isEmpty(settings.getParameters()) && settings.getRollbackFile() == null
                && !settings.isTestRollbackOnUpdate()
                && Objects.equals(settings.getDatabaseChangeLogTable(), defaults.getDatabaseChangeLogTable())
                && Objects.equals(settings.getDatabaseChangeLogLockTable(), defaults.getDatabaseChangeLogLockTable());
    }

    /** Brings the database at {@code url} up to the change log and stamps it, as a context's start would. */
    private static void migrate(Environment environment, SpringLiquibase liquibase, String url) {
        liquibase.setDataSource(new DriverManagerDataSource(url, "postgres", ""));
        SchemaStamp stamp = new SchemaStamp(environment);
        stamp.postProcessBeforeInitialization(liquibase, "liquibase");
        try {
            liquibase.afterPropertiesSet();
        } catch (LiquibaseException e) {
            throw new IllegalStateException("Liquibase could not migrate the template", e);
        }
        stamp.postProcessAfterInitialization(liquibase, "liquibase");
    }

    /** Liquibase with these settings, set as Spring Boot sets them on the context's own. */
    private static SpringLiquibase liquibase(LiquibaseProperties settings) {
        SpringLiquibase liquibase = new SpringLiquibase();
        liquibase.setChangeLog(settings.getChangeLog());
        liquibase.setContexts(StringUtils.collectionToCommaDelimitedString(settings.getContexts()));
        liquibase.setLabelFilter(StringUtils.collectionToCommaDelimitedString(settings.getLabelFilter()));
        liquibase.setDefaultSchema(settings.getDefaultSchema());
        liquibase.setTag(settings.getTag());
        liquibase.setResourceLoader(new DefaultResourceLoader(SchemaTemplates.class.getClassLoader()));
        return liquibase;
    }
}
