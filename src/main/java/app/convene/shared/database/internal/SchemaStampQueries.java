package app.convene.shared.database.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The one row of {@code schema_stamp} (migration 0053): the hash of the changelog this database was last brought up
 * to. Plain JDBC, because it runs around Liquibase, before the JPA layer exists.
 */
public final class SchemaStampQueries {

    private SchemaStampQueries() {
    }

    /** The stored hash; empty on a database without the table (new, or older than migration 0053) or the row. */
    public static Optional<String> read(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement exists = connection.prepareStatement("select to_regclass('schema_stamp') is not null");
             ResultSet table = exists.executeQuery()) {
            if (!table.next() || !table.getBoolean(1)) {
                return Optional.empty();
            }
            try (PreparedStatement select = connection.prepareStatement(
                    "select changelog_hash from schema_stamp where id = 1");
                 ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        }
    }

    /** Stores the hash (after Liquibase has brought the database up to that changelog). */
    public static void write(DataSource dataSource, String hash) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement upsert = connection.prepareStatement("""
                     insert into schema_stamp (id, changelog_hash, stamped_at) values (1, ?, now())
                     on conflict (id) do update set changelog_hash = excluded.changelog_hash, stamped_at = now()""")) {
            upsert.setString(1, hash);
            upsert.executeUpdate();
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        }
    }
}
