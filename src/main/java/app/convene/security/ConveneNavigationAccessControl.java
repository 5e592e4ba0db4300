package app.convene.security;

import app.convene.shared.ui.SecurityContexts;
import com.vaadin.flow.server.HandlerHelper;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AccessCheckDecisionResolver;
import com.vaadin.flow.server.auth.NavigationAccessChecker;
import com.vaadin.flow.spring.AuthenticationUtil;
import com.vaadin.flow.spring.security.SpringNavigationAccessControl;
import com.vaadin.flow.spring.security.VaadinRolePrefixHolder;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextImpl;

/**
 * Vaadin's navigation access control for Spring, minus a class-path scan on every navigation (decision 0046).
 * Vaadin's own ({@code SecurityUtil.getRolesChecker}) asks the servlet context's {@code Lookup} for the
 * {@link VaadinRolePrefixHolder} at each check; Spring's lookup does not cache it and lists
 * {@code META-INF/services} in every jar each time. This one is given the holder (the Spring bean) once and
 * otherwise checks roles exactly as Vaadin does: through the request on ordinary requests, through Spring
 * Security's context on websocket push and outside a request.
 */
final class ConveneNavigationAccessControl extends SpringNavigationAccessControl {

    private final VaadinRolePrefixHolder prefix;

    ConveneNavigationAccessControl(List<NavigationAccessChecker> checkers, AccessCheckDecisionResolver resolver,
                                   VaadinRolePrefixHolder prefix) {
        super(checkers, resolver);
        this.prefix = prefix;
    }

    @Override
    protected Predicate<String> getRolesChecker(VaadinRequest request) {
        boolean websocketPush = websocketPush(request);
        if (request != null && !websocketPush) {
            if (!prefix.isSet()) {
                prefix.resetRolePrefix(request);
            }
            return request::isUserInRole;
        }
        // Websocket push (the Atmosphere request knows no roles) or no request: Spring Security's context, or the
        // handshake's principal when this thread has none, as Vaadin does.
        String rolePrefix = prefix.getRolePrefix() == null ? "ROLE_" : prefix.getRolePrefix();
        if (AuthenticationUtil.getSecurityHolderAuthentication() == null && websocketPush
                && request.getUserPrincipal() instanceof Authentication handshake) {
            return SecurityContexts.with(new SecurityContextImpl(handshake), () -> checker(rolePrefix));
        }
        return checker(rolePrefix);
    }

    private static Predicate<String> checker(String rolePrefix) {
        Function<String, Boolean> checker = AuthenticationUtil.getSecurityHolderRoleChecker(rolePrefix);
        return checker::apply;
    }

    /** As Vaadin's {@code SecurityUtil.isWebsocketPush}. */
    private static boolean websocketPush(VaadinRequest request) {
        return request != null && HandlerHelper.isRequestType(request, HandlerHelper.RequestType.PUSH)
                && "websocket".equals(request.getHeader("X-Atmosphere-Transport"));
    }
}
