package app.convene.shared.mail;

import app.convene.shared.database.DatabaseMode;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Local mail: as {@code convene.local-mail.enabled} says, or, when unset, on the embedded database. */
class LocalMailCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String enabled = context.getEnvironment().getProperty("convene.local-mail.enabled");
        if (enabled != null && !enabled.isBlank()) {
            return Boolean.parseBoolean(enabled);
        }
        return DatabaseMode.of(context.getEnvironment()) == DatabaseMode.EMBEDDED;
    }
}
