package app.convene.shared.database;

import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/** Which database Convene runs on: its own embedded PostgreSQL, or one named by the operator. */
public enum DatabaseMode {
    EMBEDDED, EXTERNAL;

    public static DatabaseMode of(Environment environment) {
        return StringUtils.hasText(environment.getProperty("spring.datasource.url")) ? EXTERNAL : EMBEDDED;
    }
}
