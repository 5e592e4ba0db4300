package app.convene.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.support.ConveneTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.test.context.TestPropertySource;

/**
 * Decision 84: a test context's fresh database is a copy of the template that Liquibase migrated once in this JVM,
 * and the context's own Liquibase does not run on it.
 */
@ConveneTest
@TestPropertySource(properties = "convene.test.database=shared_reads")
class SchemaTemplatesTest {

    @Autowired
    EmbeddedDatabaseServer server;
    @Autowired
    Environment environment;
    @Autowired
    JdbcTemplate jdbc;

    private JdbcTemplate on(String database) {
        return new JdbcTemplate(new DriverManagerDataSource(server.jdbcUrl(database), "postgres", ""));
    }

    /** Each change Liquibase recorded, with the moment it ran it (a copy keeps the moments). */
    private static List<String> changes(JdbcTemplate jdbc) {
        return jdbc.queryForList("select id || ' ' || dateexecuted from databasechangelog order by orderexecuted",
                String.class);
    }

    @Test
    void theContextsDatabaseIsACopyOfTheMigratedTemplate() {
        String template = SchemaTemplates.of(environment, server, "convene");
        assertThat(template).as("the template kept for this change log").isNotNull()
                .isEqualTo(SchemaTemplates.of(environment, server, "convene"));
        JdbcTemplate copied = on(template);
        List<String> migrated = changes(copied);
        assertThat(migrated).as("Liquibase ran in the template").isNotEmpty();
        // Had the context migrated its own database, each change would have run at another moment.
        assertThat(changes(jdbc)).as("the changes the context's database records").isEqualTo(migrated);
        assertThat(jdbc.queryForObject("select changelog_hash from schema_stamp", String.class))
                .isEqualTo(copied.queryForObject("select changelog_hash from schema_stamp", String.class));
        assertThat(jdbc.queryForObject("select count(*) from databasechangelog", Long.class))
                .isEqualTo(copied.queryForObject("select count(*) from databasechangelog", Long.class));
    }

    @Test
    void aNewDatabaseIsACopyAndATemplateThatCouldNotBeFilledIsDroppedAndNotTriedAgain() {
        String template = SchemaTemplates.of(environment, server, "convene");
        String fresh = server.ensureDatabase("templates_probe", true, template);
        assertThat(changes(on(fresh))).isEqualTo(changes(on(template)));

        String failed = server.template("templates_probe", "a change log that fails", url -> {
            throw new IllegalStateException("cannot migrate");
        });
        assertThat(failed).isNull();
        assertThat(server.template("templates_probe", "a change log that fails", url -> {
            throw new AssertionError("a template that failed is not tried again");
        })).isNull();
        assertThat(jdbc.queryForObject("select count(*) from pg_database where datname like 'templates_probe_template_%'",
                Long.class)).as("the half-made template is dropped").isZero();
        String empty = server.ensureDatabase("templates_probe", true, null);
        assertThat(on(empty).queryForObject("select to_regclass('databasechangelog') is null", Boolean.class))
                .as("without a template a fresh database is empty").isTrue();
    }

    @Test
    void liquibaseRunOtherwiseThanConveneRunsItGetsNoTemplate() {
        String changeLog = environment.getProperty("spring.liquibase.change-log");
        assertThat(SchemaTemplates.of(new MockEnvironment().withProperty("spring.liquibase.change-log", changeLog),
                server, "convene")).as("the same settings: the same template")
                .isEqualTo(SchemaTemplates.of(environment, server, "convene")).isNotNull();
        for (String[] other : List.of(new String[] {"spring.liquibase.parameters.region", "north"},
                new String[] {"spring.liquibase.enabled", "false"}, new String[] {"spring.liquibase.drop-first", "true"},
                new String[] {"spring.liquibase.database-change-log-table", "changes"})) {
            assertThat(SchemaTemplates.of(new MockEnvironment().withProperty("spring.liquibase.change-log", changeLog)
                    .withProperty(other[0], other[1]), server, "convene")).as(other[0]).isNull();
        }
    }
}
