package app.convene.shared;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.support.ConveneTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The context of this test starts on an empty database: Liquibase applies every changeset, then
 * Hibernate validates the entities against the schema (ddl-auto=validate) or the context fails.
 */
@ConveneTest
class MigrationsTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.springframework.core.env.Environment environment;

    /** Production skips the check to start faster (decision 0052); the tests keep it. */
    @Test
    void hibernateChecksTheEntitiesAgainstTheSchemaInTests() {
        assertThat(environment.getProperty("spring.jpa.hibernate.ddl-auto")).isEqualTo("validate");
    }

    @Test
    void everyChangesetInTheMasterFileWasApplied() throws Exception {
        String master = new ClassPathResource("db/changelog/changelog-master.yaml").getContentAsString(
                java.nio.charset.StandardCharsets.UTF_8);
        List<String> included = master.lines().map(String::strip).filter(line -> line.startsWith("file:"))
                .map(line -> line.substring(line.lastIndexOf('/') + 1)).toList();
        List<String> applied = jdbc.queryForList("select distinct filename from databasechangelog", String.class)
                .stream().map(name -> name.substring(name.lastIndexOf('/') + 1)).toList();
        assertThat(included).hasSizeGreaterThanOrEqualTo(4);
        assertThat(applied).containsExactlyInAnyOrderElementsOf(included);
    }

    /** A later start on this change log skips Liquibase (decision 0052, amended); SchemaStampTest shows the skip. */
    @Test
    void theStartStampedTheSchemaWithItsChangeLog() {
        List<String> stamps = jdbc.queryForList("select changelog_hash from schema_stamp", String.class);
        assertThat(stamps).singleElement().asString().matches("[0-9a-f]{64}");
    }

    @Test
    void runsOnPostgreSql17() {
        Integer version = jdbc.queryForObject("select current_setting('server_version_num')::int", Integer.class);
        assertThat(version).isBetween(170000, 179999);
    }

    @Test
    void schemaHasTheFoundationTables() {
        List<String> tables = jdbc.queryForList(
                "select table_name from information_schema.tables where table_schema = 'public'", String.class);
        assertThat(tables).contains("initiative", "strategic_goal", "goal_strategy", "phase", "organization",
                "initiative_partner", "demo_seed");
    }

    @Test
    void editableTablesCarryAVersionForOptimisticLocking() {
        List<String> withVersion = jdbc.queryForList("""
                select table_name from information_schema.columns
                where table_schema = 'public' and column_name = 'version'""", String.class);
        assertThat(withVersion).contains("initiative", "strategic_goal", "phase", "organization", "initiative_partner");
    }

    @Test
    void databaseRefusesAPhaseThatEndsBeforeItStarts() {
        Long initiative = jdbc.queryForObject("select min(id) from initiative", Long.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.update("""
                        insert into phase (initiative_id, position, name, start_date, end_date)
                        values (?, 99, 'Backwards', date '2024-05-01', date '2024-04-01')""", initiative))
                .hasMessageContaining("phase_dates");
    }
}
