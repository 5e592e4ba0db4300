package app.convene.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** English and Spanish bundles hold the same keys, and every key the code asks for exists. */
class TranslationsTest {

    private static final Pattern LITERAL_KEY = Pattern.compile("getTranslation\\(\\s*\"([a-zA-Z0-9_.]+)\"");
    private static final Pattern PREFIX_KEY = Pattern.compile("getTranslation\\(\\s*\"([a-zA-Z0-9_.]+\\.)\"\\s*\\+");

    @Test
    void englishAndSpanishHaveTheSameKeys() throws IOException {
        Set<String> english = load("i18n/messages.properties").stringPropertyNames();
        Set<String> spanish = load("i18n/messages_es.properties").stringPropertyNames();
        assertThat(new TreeSet<>(spanish)).isEqualTo(new TreeSet<>(english));
    }

    /** A key written twice silently keeps its last text: the publish notice once read "Recommendations". */
    @Test
    void noKeyIsWrittenTwiceInABundle() throws IOException {
        for (String bundle : new String[] {"src/main/resources/i18n/messages.properties",
                "src/main/resources/i18n/messages_es.properties"}) {
            Set<String> seen = new HashSet<>();
            Set<String> twice = new TreeSet<>();
            for (String line : Files.readAllLines(Path.of(bundle), StandardCharsets.UTF_8)) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!") || !trimmed.contains("=")) {
                    continue;
                }
                String key = trimmed.substring(0, trimmed.indexOf('=')).strip();
                if (!seen.add(key)) {
                    twice.add(key);
                }
            }
            assertThat(twice).as("keys written twice in " + bundle).isEmpty();
        }
    }

    @Test
    void everyKeyTheCodeUsesIsTranslated() throws IOException {
        Set<String> english = load("i18n/messages.properties").stringPropertyNames();
        Set<String> missing = new TreeSet<>();
        Set<String> prefixes = new HashSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file, StandardCharsets.UTF_8);
                Matcher literal = LITERAL_KEY.matcher(source);
                while (literal.find()) {
                    if (!literal.group(1).endsWith(".") && !english.contains(literal.group(1))) {
                        missing.add(file.getFileName() + ": " + literal.group(1));
                    }
                }
                Matcher prefix = PREFIX_KEY.matcher(source);
                while (prefix.find()) {
                    prefixes.add(prefix.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
        for (String prefix : prefixes) {
            assertThat(english).as("keys starting with %s", prefix).anyMatch(key -> key.startsWith(prefix));
        }
    }

    @Test
    void everyEnumValueShownToPeopleHasALabel() throws IOException {
        Set<String> english = load("i18n/messages.properties").stringPropertyNames();
        for (var value : app.convene.stakeholders.Sector.values()) {
            assertThat(english).contains("sector." + value.name());
        }
        for (var value : app.convene.stakeholders.PartnerRole.values()) {
            assertThat(english).contains("partner.role." + value.name());
        }
        for (var value : app.convene.stakeholders.OrganizationType.values()) {
            assertThat(english).contains("organization.type." + value.name());
        }
        for (var value : app.convene.stakeholders.RegistrationStatus.values()) {
            assertThat(english).contains("registration.status." + value.name());
        }
        for (var value : app.convene.stakeholders.Demographics.RaceEthnicity.values()) {
            assertThat(english).contains("demographics.race." + value.name());
        }
        for (var value : app.convene.stakeholders.Demographics.Gender.values()) {
            assertThat(english).contains("demographics.gender." + value.name());
        }
        for (var value : app.convene.stakeholders.Demographics.LivedExperience.values()) {
            assertThat(english).contains("demographics.lived." + value.name());
        }
        for (var value : app.convene.security.InitiativeRole.values()) {
            assertThat(english).contains("role." + value.name());
        }
        for (var value : app.convene.stakeholders.RegistrationOutcome.values()) {
            assertThat(english).contains("join.done." + value.name());
        }
        for (var value : app.convene.initiatives.InitiativeDetails.PhaseState.values()) {
            assertThat(english).contains("phase.state." + value.name());
        }
        for (var value : app.convene.convenings.ConveningKind.values()) {
            assertThat(english).contains("convening.kind." + value.name());
        }
        for (var value : app.convene.convenings.ConveningFormat.values()) {
            assertThat(english).contains("convening.format." + value.name());
        }
        for (var value : app.convene.convenings.ConveningVisibility.values()) {
            assertThat(english).contains("convening.visibility." + value.name());
        }
        for (var value : app.convene.convenings.ConveningStatus.values()) {
            assertThat(english).contains("convening.status." + value.name());
        }
        for (var value : app.convene.notifications.NoticeKind.values()) {
            assertThat(english).contains("notifications.kind." + value.name(), "notifications.kind." + value.name() + ".help");
        }
        for (var value : app.convene.notifications.Delivery.values()) {
            assertThat(english).contains("notifications.delivery." + value.name());
        }
        for (var value : app.convene.indicators.Direction.values()) {
            assertThat(english).contains("indicator.direction." + value.name());
        }
        // issue 18 P3
        for (var value : app.convene.implementation.ImplementationStatus.values()) {
            assertThat(english).contains("implementation.status." + value.name());
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
