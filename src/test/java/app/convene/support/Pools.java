package app.convene.support;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import javax.sql.DataSource;

/** The connection pool behind Convene's DataSource, which is a proxy that borrows lazily (decision 0077). */
public final class Pools {

    private Pools() {
    }

    public static HikariDataSource of(DataSource dataSource) {
        try {
            return dataSource.unwrap(HikariDataSource.class);
        } catch (SQLException e) {
            throw new IllegalStateException("no connection pool behind " + dataSource, e);
        }
    }
}
