package app.convene.shared.mail;

import app.convene.shared.database.DatabaseMode;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Local mail belongs to the demo: on only when demo content is on ({@code convene.demo.enabled}, unset
 * meaning "on the embedded database") and {@code convene.local-mail.enabled} is not false, never
 * under the {@code prod} profile.
 */
public class LocalMailCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return enabled(context.getEnvironment());
    }

    /** Also read by AotSettings: a Spring-AOT-processed jar has the local mailbox fixed at build time. */
    public static boolean enabled(Environment environment) {
        if (environment.acceptsProfiles(Profiles.of("prod"))) {
            return false;
        }
        return flag(environment, "convene.demo.enabled", DatabaseMode.of(environment) == DatabaseMode.EMBEDDED)
                && flag(environment, "convene.local-mail.enabled", true);
    }

    private static boolean flag(Environment environment, String name, boolean unset) {
        String value = environment.getProperty(name);
        return value == null || value.isBlank() ? unset : Boolean.parseBoolean(value);
    }
}
