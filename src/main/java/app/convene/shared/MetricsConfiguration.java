package app.convene.shared;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Tomcat's meters without the platform MBean server at start (decision 0062); Boot's own binder backs off. */
@Configuration(proxyBeanMethods = false)
class MetricsConfiguration {

    @Bean
    TomcatSessionMetrics tomcatSessionMetrics(MeterRegistry registry,
                                              @Value("${server.tomcat.mbeanregistry.enabled:false}") boolean mbeans) {
        return new TomcatSessionMetrics(registry, mbeans);
    }
}
