package app.convene.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.shared.database.EmbeddedDatabaseProperties;
import app.convene.shared.database.EmbeddedDatabaseServer;
import app.convene.support.TableCounts;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With {@code spring.datasource.url} set, Convene runs on that database (a real PostgreSQL here),
 * starts no server of its own, and loads demo content only when asked.
 */
class ExternalDatabaseTest {

    static void external(DynamicPropertyRegistry registry) {
        EmbeddedDatabaseServer server = EmbeddedDatabaseServer.start(new EmbeddedDatabaseProperties("", "external", 0, false, null, false));
        String database = server.ensureDatabase("external", true);
        registry.add("spring.datasource.url", () -> server.jdbcUrl(database));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
        // An external database is production: the demo's secrets and realm users are refused.
        registry.add("convene.keycloak.client-secret", () -> "external-test-secret");
        registry.add("convene.keycloak.admin-client-secret", () -> "external-test-admin-secret");
        registry.add("convene.notifications.unsubscribe-secret", () -> "external-test-unsubscribe-secret-0123456789");
        registry.add("convene.keycloak.embedded", () -> "never");
    }

    @Nested
    @SpringBootTest
    @ActiveProfiles("test")
    class ByDefault {

        @DynamicPropertySource
        static void database(DynamicPropertyRegistry registry) {
            external(registry);
        }

        @Autowired
        ApplicationContext context;
        @Autowired
        DemoContentLoader loader;
        @Autowired
        JdbcTemplate jdbc;

        @Test
        void runsOnTheGivenDatabaseWithoutDemoContent() {
            assertThat(context.getBeansOfType(EmbeddedDatabaseServer.class)).isEmpty();
            assertThat(loader.isEnabled()).isFalse();
            assertThat(TableCounts.of(jdbc).get("initiative")).isZero();
        }
    }

    @Nested
    @SpringBootTest(properties = "convene.demo.enabled=true")
    @ActiveProfiles("test")
    class WhenAsked {

        @DynamicPropertySource
        static void database(DynamicPropertyRegistry registry) {
            external(registry);
        }

        @Autowired
        DemoContentLoader loader;
        @Autowired
        JdbcTemplate jdbc;

        @Test
        void loadsTheDemoCoalitions() {
            assertThat(loader.isEnabled()).isTrue();
            assertThat(TableCounts.of(jdbc).get("initiative")).isEqualTo(4);
        }
    }
}
