package app.convene.shared.database.internal;

import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The one row of {@code schema_stamp} (migration 0053): the hash of the change log this database was last brought up
 * to. Read and written around Liquibase, on its data source, before the JPA layer exists.
 */
public final class SchemaStampQueries {

    private SchemaStampQueries() {
    }

    /** The stored hash; empty on a database without the table (new, or older than migration 0053) or the row. */
    public static Optional<String> read(DataSource dataSource) {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        boolean table = jdbc.sql("select to_regclass('schema_stamp') is not null").query(Boolean.class).single();
        return table ? jdbc.sql("select changelog_hash from schema_stamp where id = 1").query(String.class).optional()
                : Optional.empty();
    }

    /** Stores the hash (after Liquibase has brought the database up to that change log). */
    public static void write(DataSource dataSource, String hash) {
        JdbcClient.create(dataSource).sql("""
                insert into schema_stamp (id, changelog_hash, stamped_at) values (1, ?, now())
                on conflict (id) do update set changelog_hash = excluded.changelog_hash, stamped_at = now()""")
                .param(hash).update();
    }
}
