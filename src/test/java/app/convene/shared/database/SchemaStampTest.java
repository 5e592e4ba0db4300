package app.convene.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import liquibase.integration.spring.SpringLiquibase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mock.env.MockEnvironment;

/**
 * A start skips Liquibase only when the change log is the one the database was last brought up to. Each "start" is
 * what Spring does with Liquibase's bean: the post-processor's before-step, Liquibase's own start, the after-step, on a
 * fresh database of the real (embedded) PostgreSQL. Whether Liquibase ran is seen by a probe: its change is forgotten
 * from {@code databasechangelog} before a start, so a Liquibase that runs applies it again (one more {@code probe_run}).
 */
class SchemaStampTest {

    private static final String PROBE = "classpath:db/stamp-probe/changelog-master.yaml";

    private String url;

    @BeforeEach
    void freshDatabase() {
        EmbeddedDatabaseServer server = EmbeddedDatabaseServer.start(
                new EmbeddedDatabaseProperties(null, "stamp", 0, true, null, false));
        url = server.jdbcUrl(server.ensureDatabase("stamp", true));
    }

    @Test
    void aFirstStartRunsLiquibaseAndStampsTheChangeLog() throws Exception {
        start(PROBE, null, true);

        assertThat(count("select count(*) from probe_run")).isEqualTo(1);
        assertThat(stamp()).isEqualTo(new ChangelogHash(getClass().getClassLoader()).of(liquibase(PROBE, null)).orElseThrow())
                .hasSize(64);
    }

    @Test
    void aStartOnTheStampedChangeLogDoesNotRunLiquibase() throws Exception {
        start(PROBE, null, true);
        String stamped = stamp();

        forgetProbe();
        start(PROBE, null, true);

        assertThat(count("select count(*) from probe_run")).as("Liquibase did not run").isEqualTo(1);
        assertThat(stamp()).isEqualTo(stamped);
    }

    @Test
    void switchedOffItRunsLiquibaseAtEveryStart() throws Exception {
        start(PROBE, null, true);

        forgetProbe();
        start(PROBE, null, false);

        assertThat(count("select count(*) from probe_run")).isEqualTo(2);
    }

    @Test
    void otherSettingsOrAnotherStampRunLiquibaseAndStampAgain() throws Exception {
        start(PROBE, null, true);
        String first = stamp();

        forgetProbe();
        start(PROBE, "other", true);
        assertThat(count("select count(*) from probe_run")).as("other contexts: another hash").isEqualTo(2);
        assertThat(stamp()).isNotEqualTo(first);

        forgetProbe();
        start(PROBE, null, true);
        assertThat(count("select count(*) from probe_run")).as("stamped by the other start").isEqualTo(3);
        assertThat(stamp()).isEqualTo(first);
    }

    @Test
    void aChangeThatMustRunAlwaysIsNeverSkippedNorStamped() throws Exception {
        String always = "classpath:db/stamp-probe-always/changelog-master.yaml";
        start(always, null, true);
        start(always, null, true);

        assertThat(count("select count(*) from probe_run")).isEqualTo(2);
        assertThat(count("select count(*) from schema_stamp")).isZero();
    }

    private void start(String changeLog, String contexts, boolean skipUnchanged) throws Exception {
        SchemaStamp stamp = new SchemaStamp(new MockEnvironment().withProperty(
                "convene.database.skip-unchanged-changelog", String.valueOf(skipUnchanged)));
        SpringLiquibase liquibase = liquibase(changeLog, contexts);
        stamp.postProcessBeforeInitialization(liquibase, "liquibase");
        liquibase.afterPropertiesSet();
        stamp.postProcessAfterInitialization(liquibase, "liquibase");
    }

    private SpringLiquibase liquibase(String changeLog, String contexts) {
        SpringLiquibase liquibase = new SpringLiquibase();
        liquibase.setDataSource(new DriverManagerDataSource(url, "postgres", ""));
        liquibase.setChangeLog(changeLog);
        liquibase.setContexts(contexts);
        liquibase.setResourceLoader(new DefaultResourceLoader());
        liquibase.setChangeLogParameters(Map.of());
        return liquibase;
    }

    private void forgetProbe() {
        assertThat(jdbc().sql("delete from databasechangelog where id = '0002-probe-run'").update()).isEqualTo(1);
    }

    private String stamp() {
        return jdbc().sql("select changelog_hash from schema_stamp where id = 1").query(String.class).optional()
                .orElse(null);
    }

    private long count(String sql) {
        return jdbc().sql(sql).query(Long.class).single();
    }

    private JdbcClient jdbc() {
        return JdbcClient.create(new DriverManagerDataSource(url, "postgres", ""));
    }
}
