package app.convene.shared.database;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the embedded PostgreSQL server, used when no {@code spring.datasource.url} is set.
 *
 * @param dataDir       where the server keeps its data between runs; blank means a throwaway
 *                      folder shared by the whole JVM (tests)
 * @param database      name of the database Convene uses
 * @param port          TCP port on loopback; 0 picks a free one
 * @param freshDatabase create a new, uniquely named database for every application context
 *                      (tests, so that contexts never see each other's rows)
 * @param poolSize      connections Convene keeps to it (tests keep few: many contexts share one server)
 * @param statementStatistics load PostgreSQL's {@code pg_stat_statements} when the server starts, so that what
 *                      Convene asks can be counted per statement (the load harness; a diagnosis)
 */
@ConfigurationProperties("convene.embedded-database")
public record EmbeddedDatabaseProperties(String dataDir, String database, int port, boolean freshDatabase,
                                         Integer poolSize, boolean statementStatistics) {

    public EmbeddedDatabaseProperties {
        if (database == null || database.isBlank()) {
            database = "convene";
        }
        if (poolSize == null || poolSize < 1) {
            poolSize = 20;
        }
    }

    public boolean persistent() {
        return dataDir != null && !dataDir.isBlank();
    }
}
