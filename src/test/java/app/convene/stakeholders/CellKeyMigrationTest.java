package app.convene.stakeholders;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.support.ConveneTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Migration 0043: every registration, old and new, gets its own random cell key; the rollback runs. */
@ConveneTest
class CellKeyMigrationTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void postgreSqlGivesEveryExistingRowItsOwnKeyWhenTheColumnIsAdded() throws Exception {
        String addColumn = migration().lines().filter(line -> line.startsWith("alter table registration add column"))
                .findFirst().orElseThrow();
        transactions.executeWithoutResult(status -> {
            jdbc.execute("create temporary table registration_copy (id integer) on commit drop");
            jdbc.execute("insert into registration_copy select generate_series(1, 1000)");
            jdbc.execute(addColumn.replace("registration", "registration_copy"));
            List<Long> keys = jdbc.queryForList("select cell_key from registration_copy", Long.class);
            assertThat(keys).hasSize(1000).allMatch(k -> k >= 0 && k < 1L << 31);
            assertThat(keys.stream().distinct().count()).as("one key per row, not one for the table").isGreaterThan(990);
            assertThat(keys.stream().filter(k -> k < 1L << 30).count()).as("spread over [0, 2^31)").isBetween(400L, 600L);
            status.setRollbackOnly();
        });
    }

    @Test
    void newRegistrationsGetAKeyByTheColumnDefaultAndTheRollbackRemovesIt() throws Exception {
        String defaultValue = jdbc.queryForObject("""
                select column_default from information_schema.columns
                where table_name = 'registration' and column_name = 'cell_key'""", String.class);
        assertThat(defaultValue).contains("random()");
        assertThat(jdbc.queryForObject("select count(*) from registration where cell_key is null or cell_key < 0",
                Integer.class)).isZero();
        String rollback = migration().lines().filter(line -> line.startsWith("--rollback")).findFirst().orElseThrow()
                .substring("--rollback".length());
        transactions.executeWithoutResult(status -> {
            for (String statement : rollback.split(";")) {
                if (!statement.isBlank()) {
                    jdbc.execute(statement);
                }
            }
            assertThat(jdbc.queryForObject("""
                    select count(*) from information_schema.columns
                    where table_name = 'registration' and column_name = 'cell_key'""", Integer.class)).isZero();
            status.setRollbackOnly();
        });
    }

    private static String migration() throws Exception {
        return new ClassPathResource("db/changelog/changes/0043-registration-cell-key.sql")
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
