package app.convene.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * An end-to-end test with the real local Keycloak: Convene on port 18080 (a redirect address the
 * demo realm allows). Every such test shares this one configuration, so they share one running
 * application instead of fighting over the port. That application keeps a log of its last requests
 * ({@link RequestLog}, printed by {@link PageState}) and can play a busy server's late answer to a
 * left page ({@link LateClose}, idle unless a test arms it).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = {"server.port=18080", "convene.keycloak.embedded=auto", "convene.public-url=http://localhost:18080",
                "vaadin.productionMode=true"})
@ActiveProfiles("test")
@Import({RequestLog.class, LateClose.class})
public @interface KeycloakBrowserTest {
}
