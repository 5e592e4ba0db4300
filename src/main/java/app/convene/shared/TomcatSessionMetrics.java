package app.convene.shared;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.tomcat.TomcatMetrics;
import java.lang.management.ManagementFactory;
import java.util.List;
import javax.management.MBeanServer;
import javax.management.MBeanServerFactory;
import org.apache.catalina.Container;
import org.apache.catalina.Context;
import org.apache.catalina.Manager;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.tomcat.metrics.TomcatMetricsBinder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * Tomcat's meters as Spring Boot binds them, without creating the JVM's platform MBean server at start
 * (decision 0062). Boot's binder gives Micrometer's {@link TomcatMetrics} the platform server, and creating that
 * server registers and introspects every platform MXBean: about 60 ms of a cold start, on the start's own thread.
 * Tomcat's own MBeans (thread pools, request processors), the only meters that need a server, exist only when
 * {@code server.tomcat.mbeanregistry.enabled=true}; then this binder uses the platform server as Boot's does.
 * Otherwise the server is a private, empty one, and the meters are the same as before: the session meters, read
 * from Tomcat's session manager. Boot's binder backs off for this bean (it is one).
 */
public class TomcatSessionMetrics extends TomcatMetricsBinder {

    private final MeterRegistry registry;
    private final boolean tomcatRegistersMBeans;
    private volatile TomcatMetrics metrics;
    private volatile MBeanServer server;

    public TomcatSessionMetrics(MeterRegistry registry, boolean tomcatRegistersMBeans) {
        super(registry, List.of());
        this.registry = registry;
        this.tomcatRegistersMBeans = tomcatRegistersMBeans;
    }

    @Override
    public void onApplicationEvent(ApplicationStartedEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)
                || !(web.getWebServer() instanceof TomcatWebServer tomcat)) {
            return;
        }
        MBeanServer chosen = tomcatRegistersMBeans ? ManagementFactory.getPlatformMBeanServer()
                : MBeanServerFactory.newMBeanServer();
        TomcatMetrics bound = new TomcatMetrics(manager(tomcat), List.of(), chosen);
        bound.bindTo(registry);
        server = chosen;
        metrics = bound;
    }

    /** The MBean server the meters were bound with; null before the start (tests). */
    MBeanServer server() {
        return server;
    }

    private static Manager manager(TomcatWebServer tomcat) {
        for (Container child : tomcat.getTomcat().getHost().findChildren()) {
            if (child instanceof Context context) {
                return context.getManager();
            }
        }
        return null;
    }

    @Override
    public void destroy() {
        TomcatMetrics bound = metrics;
        if (bound != null) {
            bound.close();
        }
    }
}
