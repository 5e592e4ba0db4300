package app.convene.shared.database.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The statements the embedded server runs on PostgreSQL's own database before Convene's data source
 * exists (plain JDBC: there is no JdbcClient yet). The name is checked by the caller.
 */
public final class DatabaseStatements {

    private DatabaseStatements() {
    }

    /** Creates the database unless it exists; true when it was created now. */
    public static boolean createIfMissing(Connection connection, String database) throws SQLException {
        return createIfMissing(connection, database, "template0");
    }

    /**
     * Creates the database unless it exists, as a copy of {@code template} (PostgreSQL's {@code template0}: empty);
     * true when it was created now. A copy fails while anyone is connected to the template.
     */
    public static boolean createIfMissing(Connection connection, String database, String template) throws SQLException {
        try (PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return false;
                }
            }
        }
        try (Statement create = connection.createStatement()) {
            create.execute("create database " + database + " encoding 'UTF8' template " + template);
        }
        return true;
    }

    /** Drops the database if it exists, ending any connection to it. */
    public static void drop(Connection connection, String database) throws SQLException {
        try (Statement drop = connection.createStatement()) {
            drop.execute("drop database if exists " + database + " with (force)");
        }
    }
}
