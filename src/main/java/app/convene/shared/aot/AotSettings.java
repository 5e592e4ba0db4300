package app.convene.shared.aot;

import app.convene.shared.mail.LocalMailCondition;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.springframework.aot.AotDetector;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * The settings that decide which beans exist, fixed by Spring AOT at build time (decision 0052). A jar built by
 * {@code -Pproduction} carries the bean definitions generated for the settings the build gave ({@code pom.xml},
 * exec-maven-plugin's {@code spring-aot}), and, in {@link #RESOURCE}, those settings as they were. A start with
 * {@code -Dspring.aot.enabled=true} whose settings would have chosen other beans is refused here, before any bean is
 * created, with what differs and what to do, instead of starting quietly without, say, its scheduled jobs or its
 * mail server. The database (embedded or external) and Keycloak (local or existing) are chosen at run time and are
 * not among them. A start without {@code spring.aot.enabled} (tests, {@code mvn spring-boot:run}, {@code java -jar}
 * as before) is not affected.
 */
public final class AotSettings implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    /** Written into the jar's classes by {@link AotSettingsRecorder} during the build's AOT processing. */
    public static final String RESOURCE = "META-INF/convene/aot-settings.properties";

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        if (!AotDetector.useGeneratedArtifacts()) {
            return;
        }
        List<String> problems = problems(built(), of(event.getEnvironment()));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Convene refuses this AOT-processed start (-Dspring.aot.enabled=true):\n- "
                    + String.join("\n- ", problems) + "\nStart without -Dspring.aot.enabled=true, or build the jar with"
                    + " these settings (pom.xml, exec-maven-plugin's spring-aot arguments).");
        }
    }

    /** The settings, as the conditions on Convene's and Spring Boot's beans read them. */
    public static Map<String, String> of(Environment environment) {
        Map<String, String> settings = new LinkedHashMap<>();
        // SchedulingConfiguration and the jobs: @ConditionalOnProperty(havingValue = "true", matchIfMissing = true)
        String scheduling = environment.getProperty("convene.scheduling.enabled");
        settings.put("convene.scheduling.enabled", String.valueOf(scheduling == null || "true".equalsIgnoreCase(scheduling.strip())));
        // FileSystemBlobStore (folder, also when unset) or S3BlobStore (s3)
        String store = environment.getProperty("convene.library.store");
        settings.put("convene.library.store", store == null ? "folder" : store.strip());
        // MailConfiguration's local mailbox (the demo's), or Spring Boot's mail sender when spring.mail.host is set
        settings.put("local mail (convene.local-mail.enabled, convene.demo.enabled, the prod profile)",
                String.valueOf(LocalMailCondition.enabled(environment)));
        settings.put("spring.mail.host set", String.valueOf(StringUtils.hasText(environment.getProperty("spring.mail.host"))));
        return settings;
    }

    /** What differs between the settings the jar was built with and this start's; all wrong if none were recorded. */
    static List<String> problems(Properties built, Map<String, String> now) {
        List<String> problems = new ArrayList<>();
        if (built == null) {
            problems.add("this jar carries no record of AOT processing (" + RESOURCE + "): it was not built by -Pproduction");
            return problems;
        }
        now.forEach((name, value) -> {
            String then = built.getProperty(name);
            if (!value.equals(then)) {
                problems.add(name + ": " + value + " now, " + then + " when the jar was built");
            }
        });
        return problems;
    }

    private static Properties built() {
        try (InputStream in = AotSettings.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return null;
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
