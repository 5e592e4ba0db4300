package app.convene.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.router.RouteParameterData;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.Router;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.server.auth.AccessCheckDecision;
import com.vaadin.flow.server.auth.AccessCheckResult;
import com.vaadin.flow.server.auth.AnnotatedViewAccessChecker;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import com.vaadin.flow.server.auth.NavigationContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.context.WebApplicationContext;

/**
 * Decision 0063: Convene's annotated-view checker answers exactly what Vaadin's answers, for every route of the
 * running application and three kinds of visitor, and finds every route's parent layouts by the direct lookup
 * (so the answers compared are its own, not Vaadin's asked on its behalf).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DirectViewAccessCheckerTest {

    @Autowired
    WebApplicationContext web;
    @Autowired
    NavigationAccessControl accessControl;

    record Visitor(String name, Principal principal, Set<String> roles) {
        Predicate<String> roleChecker() {
            return roles::contains;
        }
    }

    @Test
    void theAccessControlInForceUsesItInPlaceOfVaadinsChecker() {
        assertThat(accessControl.hasAccessChecker(DirectViewAccessChecker.class)).isTrue();
        assertThat(accessControl.hasAccessChecker(AnnotatedViewAccessChecker.class))
                .as("Vaadin's questions for an annotated-view checker still find one").isTrue();
    }

    @Test
    void everyRouteGetsVaadinsAnswerForEveryVisitor() {
        ApplicationRouteRegistry registry = ApplicationRouteRegistry.getInstance(
                new VaadinServletContext(web.getServletContext()));
        Router router = new Router(registry);
        List<RouteData> routes = registry.getRegisteredRoutes();
        assertThat(routes).as("the application's routes").hasSizeGreaterThan(30);
        List<Visitor> visitors = List.of(
                new Visitor("anonymous", null, Set.of()),
                new Visitor("person", signedIn("USER"), Set.of("USER")),
                new Visitor("administrator", signedIn("USER", "ADMIN"), Set.of("USER", "ADMIN")));
        AnnotatedViewAccessChecker vaadin = new AnnotatedViewAccessChecker(new AccessAnnotationChecker());
        DirectViewAccessChecker direct = new DirectViewAccessChecker(new AccessAnnotationChecker());

        List<String> notDirect = new ArrayList<>();
        Map<AccessCheckDecision, Integer> decisions = new HashMap<>();
        for (RouteData route : routes) {
            RouteParameters parameters = sampleParameters(route);
            Class<? extends Component> view = route.getNavigationTarget();
            Location location = new Location(registry.getTargetUrl(view, parameters).orElse(route.getTemplate()));
            for (Visitor visitor : visitors) {
                NavigationContext context = new NavigationContext(router, view, location, parameters,
                        visitor.principal(), visitor.roleChecker(), false);
                AccessCheckResult expected = vaadin.check(context);
                assertThat(direct.check(context)).as(route.getTemplate() + " for " + visitor.name())
                        .isEqualTo(expected);
                decisions.merge(expected.decision(), 1, Integer::sum);
                if (direct.parentLayouts(context) == null) {
                    notDirect.add(route.getTemplate());
                }
            }
        }
        assertThat(notDirect).as("routes whose layouts the direct lookup did not find").isEmpty();
        assertThat(decisions).as("both answers occur").containsKeys(AccessCheckDecision.ALLOW,
                AccessCheckDecision.DENY);
    }

    /** A value for each required parameter of the route (digits for ids, a word otherwise). */
    private static RouteParameters sampleParameters(RouteData route) {
        Map<String, String> values = new HashMap<>();
        for (Map.Entry<String, RouteParameterData> parameter : route.getRouteParameters().entrySet()) {
            String template = parameter.getValue().getTemplate();
            if (template.endsWith("?") || template.endsWith("*")) {
                continue;
            }
            String name = parameter.getKey();
            values.put(name, name.toLowerCase().endsWith("id") || template.contains("\\d") ? "1" : "sample");
        }
        return new RouteParameters(values);
    }

    private static Principal signedIn(String... roles) {
        return UsernamePasswordAuthenticationToken.authenticated("someone", null,
                Arrays.stream(roles).map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList());
    }
}
