package app.convene;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The one JVM option every Convene JVM runs with (decision 0087): the pom's {@code convene.jvm.option}, which the
 * production build trains its AOT caches with. A start without it cannot use those caches (the JVM says so and
 * starts without them, slower), so every production start command the README and the multi-node scripts
 * give carries it, and the tests run with it as production does.
 */
class JvmOptionTest {

    static final Path POM = Path.of("pom.xml");
    static final Pattern OPTION = Pattern.compile("<convene\\.jvm\\.option>([^<]+)</convene\\.jvm\\.option>");

    private static String option() throws IOException {
        Matcher matcher = OPTION.matcher(Files.readString(POM));
        assertThat(matcher.find()).as("the pom declares convene.jvm.option").isTrue();
        return matcher.group(1).strip();
    }

    @Test
    void theOptionIsCompactObjectHeadersAndTheTestsRunWithIt() throws IOException {
        assertThat(option()).isEqualTo("-XX:+UseCompactObjectHeaders");
        HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        assertThat(hotspot.getVMOption("UseCompactObjectHeaders").getValue()).as("the tests' JVM").isEqualTo("true");
    }

    @Test
    void theBuildPassesTheOptionEverywhereItStartsConvene() throws IOException {
        // A text check of the pom; that the caches really match is ColdStartBenchmarkIT's: it starts them with
        // -XX:AOTMode=on, which refuses a cache trained with the other setting.
        String pom = Files.readString(POM).replaceAll("(?s)<!--.*?-->", "");
        Matcher training = Pattern.compile("<argument>-XX:AOTCacheOutput=[^<]+</argument>\\s*"
                + "<argument>\\$\\{convene\\.jvm\\.option}</argument>").matcher(pom);
        int trained = 0;
        while (training.find()) {
            trained++;
        }
        assertThat(trained).as("AOT caches trained with the option").isEqualTo(2)
                .isEqualTo(pom.split("-XX:AOTCacheOutput=", -1).length - 1);
        assertThat(pom).as("spring-boot:run, the tests, the perf tests and the benchmark's starts")
                .contains("<jvmArguments>${convene.jvm.option} ${spring-boot.run.jvmArguments}</jvmArguments>",
                        "<argLine>${convene.jvm.option}</argLine>",
                        "<argLine>${convene.jvm.option} ${load.jvm.args}</argLine>",
                        "<convene.jvm.option>${convene.jvm.option}</convene.jvm.option>");
    }

    @Test
    void everyProductionStartCommandCarriesTheOption() throws IOException {
        String option = option();
        List<String> starts = javaCommands(Files.readString(Path.of("README.md")));
        assertThat(starts).as("the README's production start commands").hasSizeGreaterThanOrEqualTo(3);
        assertThat(withoutOption(starts, option)).as("README commands without " + option + " before -jar").isEmpty();
        assertThat(Files.readString(Path.of("docs/multi-node/common.sh")))
                .as("the multi-node scripts' default JVM options").contains("JAVA_OPTS=${JAVA_OPTS:--XX:+UseG1GC " + option + "}");
    }

    @Test
    void aCommandWithoutTheOptionOrWithItAfterTheJarIsReported() {
        String option = "-XX:+UseCompactObjectHeaders";
        String readme = """
                ```
                /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -XX:AOTCache=target/production/app/convene.aot \\
                  -jar target/production/app/convene-0.1.0-SNAPSHOT.jar
                ```
                Text between the blocks.
                ```
                java -jar target/production/convene-0.1.0-SNAPSHOT.jar -XX:+UseCompactObjectHeaders
                ```
                ```
                $JAVA -XX:+UseCompactObjectHeaders -jar target/production/convene-0.1.0-SNAPSHOT.jar
                ```
                """;
        List<String> commands = javaCommands(readme);
        assertThat(commands).hasSize(3);
        assertThat(withoutOption(commands, option)).containsExactly(commands.get(0), commands.get(1));
    }

    /** The commands that lack the option among the JVM's own (before {@code -jar}). */
    static List<String> withoutOption(List<String> commands, String option) {
        return commands.stream().filter(command -> {
            int jar = command.indexOf(" -jar ");
            return !command.substring(0, jar).contains(" " + option);
        }).toList();
    }

    /** The commands in fenced blocks that start a jar of target/production with java (continued lines joined). */
    static List<String> javaCommands(String markdown) {
        List<String> commands = new ArrayList<>();
        boolean fenced = false;
        StringBuilder command = new StringBuilder();
        Pattern java = Pattern.compile("(^|[\\s/$])(java|JAVA)\\b");
        for (String line : markdown.lines().toList()) {
            if (line.startsWith("```")) {
                fenced = !fenced;
                command.setLength(0);
                continue;
            }
            if (!fenced) {
                continue;
            }
            command.append(line.strip().replaceFirst("\\\\$", "")).append(' ');
            if (!line.endsWith("\\")) {
                String whole = command.toString().strip();
                if (java.matcher(whole).find() && whole.contains(" -jar target/production/")) {
                    commands.add(whole);
                }
                command.setLength(0);
            }
        }
        return commands;
    }
}
