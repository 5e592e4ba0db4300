package app.convene.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.support.ConveneTest;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnnotatedViewAccessChecker;
import com.vaadin.flow.server.auth.DefaultAccessCheckDecisionResolver;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import com.vaadin.flow.spring.security.NavigationAccessControlInitializer;
import com.vaadin.flow.spring.security.VaadinRolePrefixHolder;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Issue 19, decision 0046: the navigation access control in force is Convene's, enabled, and checks roles without
 * looking anything up through Vaadin's {@code Lookup} (a class-path scan on every navigation in Vaadin's own).
 */
@ConveneTest
class ConveneNavigationAccessControlTest {

    @Autowired
    NavigationAccessControl accessControl;
    @Autowired
    NavigationAccessControlInitializer initializer;

    @AfterEach
    void forget() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theAccessControlOfEveryUiIsConvenesAndEnabled() {
        assertThat(accessControl).isInstanceOf(ConveneNavigationAccessControl.class);
        assertThat(accessControl.isEnabled()).as("enabled by VaadinSecurityConfigurer").isTrue();
        assertThat(accessControl.hasAccessChecker(AnnotatedViewAccessChecker.class)).isTrue();
        assertThat(ReflectionTestUtils.getField(initializer, "accessControl"))
                .as("the one added to every UI as its before-enter listener").isSameAs(accessControl);
    }

    @Test
    void onAnOrdinaryRequestRolesComeFromTheRequestAndNothingIsLookedUp() {
        VaadinRequest request = request(Map.of(), Set.of("ADMIN"), null);
        Predicate<String> roles = control(new VaadinRolePrefixHolder("ROLE_")).getRolesChecker(request);
        assertThat(roles.test("ADMIN")).isTrue();
        assertThat(roles.test("USER")).isFalse();
    }

    @Test
    void withoutARequestRolesComeFromSpringSecurityWithTheHeldPrefix() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "someone", null, List.of(new SimpleGrantedAuthority("GROUP_ADMIN"))));
        // Vaadin's own would find no service here and fall back to ROLE_; the holder's prefix is used.
        Predicate<String> roles = control(new VaadinRolePrefixHolder("GROUP_")).getRolesChecker(null);
        assertThat(roles.test("ADMIN")).isTrue();
        assertThat(roles.test("USER")).isFalse();
    }

    @Test
    void onWebsocketPushWithoutAContextRolesComeFromTheHandshakesPrincipal() {
        var handshake = UsernamePasswordAuthenticationToken.authenticated("someone", null,
                List.of(new SimpleGrantedAuthority("ROLE_ADMIN")));
        VaadinRequest push = request(Map.of("v-r", "push"), Set.of(), handshake);
        Predicate<String> roles = control(new VaadinRolePrefixHolder("ROLE_")).getRolesChecker(push);
        assertThat(roles.test("ADMIN")).as("the Atmosphere request itself knows no roles").isTrue();
        assertThat(roles.test("USER")).isFalse();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).as("the thread's context is left as it was")
                .isNull();
    }

    private static ConveneNavigationAccessControl control(VaadinRolePrefixHolder prefix) {
        return new ConveneNavigationAccessControl(List.of(), new DefaultAccessCheckDecisionResolver(), prefix);
    }

    /** A request whose service (and so Vaadin's Lookup) fails the test if anything asks for it. */
    private static VaadinRequest request(Map<String, String> parameters, Set<String> roles, Object principal) {
        return (VaadinRequest) Proxy.newProxyInstance(VaadinRequest.class.getClassLoader(),
                new Class<?>[] {VaadinRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getService", "getAttribute", "getWrappedSession" ->
                            throw new AssertionError("asked for " + method.getName() + ": a lookup per navigation");
                    case "getParameter" -> parameters.get((String) args[0]);
                    case "getHeader" -> "push".equals(parameters.get("v-r")) && "X-Atmosphere-Transport".equals(args[0])
                            ? "websocket" : null;
                    case "isUserInRole" -> roles.contains((String) args[0]);
                    case "getUserPrincipal" -> principal;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> "test request";
                    default -> throw new AssertionError("unexpected call " + method.getName());
                });
    }
}
