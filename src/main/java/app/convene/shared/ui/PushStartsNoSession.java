package app.convene.shared.ui;

import com.vaadin.flow.spring.SpringServlet;
import org.atmosphere.cpr.ApplicationConfig;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.stereotype.Component;

/**
 * Vaadin's push (Atmosphere) never starts an HTTP session (decision 0060). Atmosphere asks for one with
 * {@code getSession(true)} for every push request it takes, also for one whose session the server no longer knows;
 * Vaadin then answers "session expired", but the new, empty session's cookie has already gone out with the answer.
 * At sign-in the session id changes, and the page left for Keycloak sends Atmosphere's "close" with the old id as it
 * unloads: answered after the change, that close replaced the signed-in cookie, and the first page after sign-in
 * said "Your session ended". Pages start sessions; push only uses the one it is given. Set as an init parameter of
 * Vaadin's servlet, which Vaadin's Atmosphere reads and its own defaults do not override.
 */
@Component
class PushStartsNoSession implements BeanPostProcessor {

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof ServletRegistrationBean<?> registration && registration.getServlet() instanceof SpringServlet) {
            registration.addInitParameter(ApplicationConfig.PROPERTY_SESSION_CREATE, "false");
        }
        return bean;
    }
}
