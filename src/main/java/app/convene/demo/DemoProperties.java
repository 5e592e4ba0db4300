package app.convene.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param enabled load the demo coalitions; unset means "only on the embedded database", so an
 *                external (production) database never receives demo rows unless asked for
 */
@ConfigurationProperties("convene.demo")
public record DemoProperties(Boolean enabled) {
}
