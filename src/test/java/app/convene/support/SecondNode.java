package app.convene.support;

import app.convene.ConveneApplication;
import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A second node for tests (decision 0047): a whole web application on a free port, on the same database as the
 * test's own context, with its own search folder ({@link SearchFolderPerContext}). Close it at the end.
 */
public final class SecondNode {

    private SecondNode() {
    }

    /** Starts a node on the database behind {@code sameDatabase}; {@code arguments} are more command-line arguments. */
    public static ConfigurableApplicationContext start(DataSource sameDatabase, String... arguments) {
        String url = ((HikariDataSource) sameDatabase).getJdbcUrl();
        String database = url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
        // command-line arguments: they outrank application-test.properties (fresh-database=true)
        List<String> args = new ArrayList<>(List.of("--server.port=0",
                "--convene.embedded-database.fresh-database=false", "--convene.embedded-database.database=" + database));
        args.addAll(List.of(arguments));
        return new SpringApplicationBuilder(ConveneApplication.class).profiles("test")
                .web(WebApplicationType.SERVLET).run(args.toArray(String[]::new));
    }
}
