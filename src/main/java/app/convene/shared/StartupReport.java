package app.convene.shared;

import app.convene.shared.database.DatabaseMode;
import app.convene.shared.database.EmbeddedDatabaseServer;
import com.zaxxer.hikari.HikariDataSource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.LoggingEventBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * One structured line at start-up that says how Convene runs: which database, in which mode,
 * where the embedded data lives, and the address to open. Key-value pairs travel with the event,
 * so structured log formats (logging.structured.format.console=ecs|logstash|gelf) carry them as fields.
 */
@Component
class StartupReport {

    private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

    private final Environment environment;
    private final DataSource dataSource;
    private final ObjectProvider<EmbeddedDatabaseServer> embedded;
    private final List<StartupFact> facts;

    StartupReport(Environment environment, DataSource dataSource, ObjectProvider<EmbeddedDatabaseServer> embedded,
                  List<StartupFact> facts) {
        this.environment = environment;
        this.dataSource = dataSource;
        this.embedded = embedded;
        this.facts = facts;
    }

    @EventListener
    void onReady(ApplicationReadyEvent event) {
        DatabaseMode mode = DatabaseMode.of(environment);
        // Query parameters may carry credentials: never log them.
        String url = dataSource instanceof HikariDataSource hikari
                ? hikari.getJdbcUrl().replaceAll("\\?.*$", "") : dataSource.getClass().getSimpleName();
        EmbeddedDatabaseServer server = embedded.getIfAvailable();
        String dataDir = server == null ? "-" : server.dataDirectory() == null ? "(throwaway)" : server.dataDirectory().toString();
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("mode", mode.name().toLowerCase());
        fields.put("database", url);
        fields.put("data-dir", dataDir);
        facts.forEach(fact -> fields.put(fact.key(), fact.value()));
        fields.put("url", "http://localhost:" + port + "/");
        LoggingEventBuilder line = log.atInfo();
        fields.forEach((key, value) -> line.addKeyValue("convene." + key, value));
        StringBuilder message = new StringBuilder("Convene is ready:");
        fields.forEach((key, value) -> message.append(' ').append(key).append('=').append(value));
        line.log(message.toString());
    }
}
