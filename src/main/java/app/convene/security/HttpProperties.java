package app.convene.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How Convene is reached over HTTP.
 *
 * @param trustedProxies addresses or CIDR ranges of the reverse proxies in front of Convene
 *                       ({@code CONVENE_HTTP_TRUSTEDPROXIES}, comma-separated, e.g.
 *                       {@code 127.0.0.1,10.0.0.0/8}). Only requests from these may set the client
 *                       address and scheme with {@code X-Forwarded-For} / {@code X-Forwarded-Proto};
 *                       from anyone else those headers are ignored. Default: none.
 */
@ConfigurationProperties("convene.http")
record HttpProperties(List<String> trustedProxies) {

    HttpProperties {
        trustedProxies = trustedProxies == null ? List.of()
                : trustedProxies.stream().map(String::strip).filter(proxy -> !proxy.isEmpty()).toList();
    }
}
