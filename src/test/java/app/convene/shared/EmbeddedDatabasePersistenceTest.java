package app.convene.shared;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.shared.database.EmbeddedDatabaseProperties;
import app.convene.shared.database.EmbeddedDatabaseServer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded default keeps its data in a folder: what was written is there after a restart. */
class EmbeddedDatabasePersistenceTest {

    @TempDir
    Path folder;

    @Test
    void dataSurvivesARestartOfTheEmbeddedServer() throws Exception {
        EmbeddedDatabaseProperties properties =
                new EmbeddedDatabaseProperties(folder.resolve("pg").toString(), "convene", 0, false, null, false);

        try (EmbeddedDatabaseServer first = EmbeddedDatabaseServer.start(properties)) {
            String db = first.ensureDatabase("convene", false);
            try (Connection c = DriverManager.getConnection(first.jdbcUrl(db), "postgres", "");
                 Statement s = c.createStatement()) {
                s.execute("create table kept (note text)");
                s.execute("insert into kept values ('still here')");
            }
            assertThat(first.dataDirectory()).isEqualTo(folder.resolve("pg").toAbsolutePath());
        }

        try (EmbeddedDatabaseServer second = EmbeddedDatabaseServer.start(properties)) {
            String db = second.ensureDatabase("convene", false);
            try (Connection c = DriverManager.getConnection(second.jdbcUrl(db), "postgres", "");
                 Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select note from kept")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("still here");
            }
        }
    }
}
