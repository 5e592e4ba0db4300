package app.convene.security;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.internal.RouteTarget;
import com.vaadin.flow.router.internal.RouteUtil;
import com.vaadin.flow.server.RouteRegistry;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.server.auth.AccessCheckResult;
import com.vaadin.flow.server.auth.AnnotatedViewAccessChecker;
import com.vaadin.flow.server.auth.NavigationAccessChecker;
import com.vaadin.flow.server.auth.NavigationContext;
import java.security.Principal;
import java.util.List;

/**
 * Vaadin's annotation check of a navigation's view and its parent layouts, minus a list of every route on every
 * navigation (decision 0063). Vaadin's {@link AnnotatedViewAccessChecker} finds the view's parent layouts by
 * building the route registry's full list of routes (one {@code RouteData} per route, ≈ 120 here) and taking the
 * first that names the view: about 2 % of a click's CPU under load. This one asks the registry for the route target
 * of the view with the navigation's parameters (the root route, which that lookup does not find, by its address:
 * the lookup the router itself makes). When everything it checks is
 * allowed it allows; in every other case (a denial, a view the lookup does not resolve, such as an error view, or a
 * layout chosen by Vaadin's automatic layouts) it answers exactly what Vaadin's checker answers, by asking it. It
 * is one (a subclass), so Vaadin's own questions for an annotated-view checker find it.
 */
final class DirectViewAccessChecker extends AnnotatedViewAccessChecker {

    private final AccessAnnotationChecker annotations;

    DirectViewAccessChecker(AccessAnnotationChecker annotations) {
        super(annotations);
        this.annotations = annotations;
    }

    /** Vaadin's checkers with its annotated-view checker (exactly that class) replaced by this one. */
    static List<NavigationAccessChecker> replacing(List<NavigationAccessChecker> checkers) {
        return checkers.stream()
                .map(checker -> checker.getClass() == AnnotatedViewAccessChecker.class
                        ? (NavigationAccessChecker) new DirectViewAccessChecker(new AccessAnnotationChecker())
                        : checker)
                .toList();
    }

    @Override
    public AccessCheckResult check(NavigationContext context) {
        List<Class<? extends RouterLayout>> layouts = parentLayouts(context);
        if (layouts != null && allowed(context, context.getNavigationTarget())
                && layouts.stream().allMatch(layout -> allowed(context, layout))) {
            return context.allow();
        }
        return super.check(context);
    }

    /** The view's parent layouts as the router resolves them; null where Vaadin's own lookup must decide. */
    List<Class<? extends RouterLayout>> parentLayouts(NavigationContext context) {
        Class<?> view = context.getNavigationTarget();
        if (!Component.class.isAssignableFrom(view)
                || RouteUtil.isAutolayoutEnabled(view, context.getLocation().getPath())) {
            return null;
        }
        @SuppressWarnings("unchecked")
        Class<? extends Component> component = (Class<? extends Component>) view;
        RouteTarget target;
        try {
            RouteRegistry registry = context.getRouter().getRegistry();
            target = registry.getRouteTarget(component, context.getParameters());
            if (target == null) { // the root route is found by its address only
                target = registry.getNavigationRouteTarget(context.getLocation().getPath()).getRouteTarget();
            }
        } catch (RuntimeException e) {
            // no router, or parameters or an address that do not fit the view's routes: Vaadin's check decides
            return null;
        }
        return target != null && target.getTarget() == view ? target.getParentLayouts() : null;
    }

    private boolean allowed(NavigationContext context, Class<?> target) {
        Principal principal = context.getPrincipal();
        return annotations.hasAccess(target, principal, context::hasRole);
    }
}
