package app.convene.shared.database;

import app.convene.shared.database.internal.SchemaStampQueries;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import liquibase.integration.spring.SpringLiquibase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.env.Environment;
import org.springframework.dao.DataAccessException;

/**
 * Skips Liquibase on a start whose change log is the one this database was last brought up to (decision 0052,
 * amended): before Liquibase's bean runs, its change log's hash ({@link ChangelogHash}) is compared with the one in
 * {@code schema_stamp}; when they are equal Liquibase is told not to run (it would read the change log, take its
 * lock and find nothing to do: ~0.7 s of every start). Otherwise it runs as before, and once it has finished the hash
 * is stored. Nodes starting together on a new change log both run Liquibase, whose lock orders them, and stamp the
 * same hash; a node with an older jar finds another hash, runs Liquibase (nothing to do) and stamps its own, so the
 * next newer start runs Liquibase once more. {@code convene.database.skip-unchanged-changelog=false} always runs it;
 * after changing the schema by hand, delete the stamp's row.
 */
final class SchemaStamp implements BeanPostProcessor {

    private static final Logger log = LoggerFactory.getLogger(SchemaStamp.class);

    private final boolean liquibaseEnabled;
    private final boolean skipUnchanged;
    private final ChangelogHash hashes;
    private final Map<String, String> toStamp = new ConcurrentHashMap<>();

    SchemaStamp(Environment environment) {
        this.liquibaseEnabled = environment.getProperty("spring.liquibase.enabled", Boolean.class, true);
        this.skipUnchanged = environment.getProperty("convene.database.skip-unchanged-changelog", Boolean.class, true);
        this.hashes = new ChangelogHash(SchemaStamp.class.getClassLoader());
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (!(bean instanceof SpringLiquibase liquibase) || !liquibaseEnabled || liquibase.getDataSource() == null) {
            return bean;
        }
        Optional<String> hash = hashes.of(liquibase);
        if (hash.isEmpty()) {
            log.info("The change log could not be hashed; Liquibase runs and no stamp is written");
            return bean;
        }
        if (skipUnchanged && hash.equals(stored(liquibase))) {
            liquibase.setShouldRun(false);
            log.info("Schema already at this change log ({}); Liquibase not run", hash.get().substring(0, 12));
        } else {
            toStamp.put(beanName, hash.get());
        }
        return bean;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        String hash = toStamp.remove(beanName);
        if (hash != null && bean instanceof SpringLiquibase liquibase) {
            try {
                SchemaStampQueries.write(liquibase.getDataSource(), hash);
            } catch (DataAccessException e) {
                log.warn("Could not stamp the schema; the next start runs Liquibase again: {}", e.getMessage());
            }
        }
        return bean;
    }

    private static Optional<String> stored(SpringLiquibase liquibase) {
        try {
            return SchemaStampQueries.read(liquibase.getDataSource());
        } catch (DataAccessException e) {
            log.debug("No schema stamp readable; Liquibase runs", e);
            return Optional.empty();
        }
    }
}
