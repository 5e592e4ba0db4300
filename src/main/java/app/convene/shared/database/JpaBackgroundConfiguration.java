package app.convene.shared.database;

import jakarta.persistence.EntityManagerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.jpa.autoconfigure.EntityManagerFactoryBuilderCustomizer;
import org.springframework.boot.web.server.WebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

/**
 * Hibernate builds its metamodel on a thread of its own while the rest of the context starts (decision 0052, second
 * amendment): ≈ 1.4 s of a production start that the main thread no longer waits for. The entity manager factory is
 * asked for as the web server is set up, the first thing a start does after its post-processors, so Liquibase (or its
 * skip) runs and Hibernate's build begins as early as they can; repositories are injected lazily
 * ({@link LazyRepositoryInjection}), so nothing waits for Hibernate until a repository is created or first called.
 * Spring's entity manager factory hands out a proxy at once and its calls wait until the build is done, so the
 * context is complete, as before, when it is ready. {@code convene.database.background-jpa=false} builds it in line.
 */
@Configuration(proxyBeanMethods = false)
class JpaBackgroundConfiguration {

    static final String ENABLED = "convene.database.background-jpa";

    static boolean enabled(Environment environment) {
        return environment.getProperty(ENABLED, Boolean.class, true);
    }

    @Bean
    EntityManagerFactoryBuilderCustomizer jpaInTheBackground(Environment environment) {
        return builder -> {
            if (enabled(environment)) {
                builder.setBootstrapExecutor(new SimpleAsyncTaskExecutor("convene-jpa-bootstrap-"));
            }
        };
    }

    @Bean
    WebServerFactoryCustomizer<WebServerFactory> jpaStartsWithTheWebServer(ObjectProvider<EntityManagerFactory> jpa,
                                                                         Environment environment) {
        return factory -> {
            if (enabled(environment)) {
                jpa.getIfAvailable();
            }
        };
    }
}
