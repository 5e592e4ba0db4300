package app.convene.security;

import java.util.stream.Collectors;
import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Honours {@code X-Forwarded-For}, {@code -Proto}, {@code -Host} and {@code -Port} only from the
 * configured proxies ({@link HttpProperties#trustedProxies()}): then the client address (which the
 * registration rate limit counts) and https (which turns on HSTS and the Secure session cookie) are
 * the client's, not the proxy's. With no proxy configured no forwarded header is read at all
 * ({@code server.forward-headers-strategy=none}, so Spring Boot adds no valve of its own).
 */
@Component
class TrustedProxies implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> {

    private final HttpProperties http;

    TrustedProxies(HttpProperties http) {
        this.http = http;
    }

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        if (!http.trustedProxies().isEmpty()) {
            factory.addEngineValves(valve(http));
        }
    }

    static RemoteIpValve valve(HttpProperties http) {
        RemoteIpValve valve = new RemoteIpValve();
        // Tomcat reads a value with a "/" as CIDR ranges (its default is a pattern of all private networks).
        valve.setInternalProxies(ranges(http));
        valve.setTrustedProxies(null);
        valve.setRemoteIpHeader("X-Forwarded-For");
        valve.setProtocolHeader("X-Forwarded-Proto");
        valve.setProtocolHeaderHttpsValue("https");
        valve.setHostHeader("X-Forwarded-Host");
        valve.setPortHeader("X-Forwarded-Port");
        return valve;
    }

    /** The proxies as CIDR ranges, a single address as a range of one. */
    static String ranges(HttpProperties http) {
        return http.trustedProxies().stream()
                .map(proxy -> proxy.contains("/") ? proxy : proxy + (proxy.contains(":") ? "/128" : "/32"))
                .collect(Collectors.joining(","));
    }
}
