package app.convene.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.convene.security.AuditEntry;
import app.convene.shared.i18n.ConveneI18NProvider;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The audit log shows words in the reader's language, never raw keys, for every action the code records. */
class AuditTextsTest {

    final ConveneI18NProvider i18n = new ConveneI18NProvider();

    @Test
    void everyRecordedActionAndKindOfRecordHasWordsInBothLanguages() throws IOException {
        Set<String> keys = new TreeSet<>();
        Pattern literal = Pattern.compile("\"([^\"]*)\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                // Calls of the audit log, and actions chosen into a variable named "action" before the call.
                Matcher call = Pattern.compile("\\baudit\\.record\\(|\\bString action\\s*=").matcher(source);
                while (call.find()) {
                    String statement = source.substring(call.end(), source.indexOf(';', call.end()));
                    Matcher m = literal.matcher(statement);
                    boolean subjectSeen = false;
                    while (m.find()) {
                        String text = m.group(1);
                        if (text.matches("[a-z]+\\.[a-zA-Z-]+")) {
                            keys.add("audit.action." + text);
                        } else if (!subjectSeen && text.matches("[a-z_]+")) {
                            keys.add("audit.subject." + text);
                            subjectSeen = true;
                        }
                    }
                }
            }
        }
        assertThat(keys).as("actions found in the code").hasSizeGreaterThan(30);
        for (String key : keys) {
            assertThat(i18n.has(key, ConveneI18NProvider.ENGLISH)).as("English for " + key).isTrue();
            assertThat(i18n.has(key, ConveneI18NProvider.SPANISH)).as("Spanish for " + key).isTrue();
        }
        for (String outcome : new String[] {"received", "updated", "resubmitted"}) {
            assertThat(i18n.has("audit.action.registration." + outcome, ConveneI18NProvider.SPANISH)).isTrue();
        }
    }

    @Test
    void aRowReadsInTheReadersLanguageWithRolesInWords() {
        AuditEntry row = new AuditEntry(1, Instant.EPOCH, "Jordan Ellis", "workgroup.left", "workgroup_member", "7", 1L,
                "Jordan Ellis as MEMBER", null);
        AuditTexts english = new AuditTexts(i18n, ConveneI18NProvider.ENGLISH);
        assertThat(english.action(row)).isEqualTo("Left a workgroup");
        assertThat(english.subject(row)).isEqualTo("Workgroup membership #7");
        assertThat(english.state(row.before())).isEqualTo("Jordan Ellis as member");
        AuditTexts spanish = new AuditTexts(i18n, ConveneI18NProvider.SPANISH);
        assertThat(spanish.action(row)).isEqualTo("Dejó un grupo de trabajo");
        assertThat(spanish.state("Maya Thompson as COORDINATOR, status=IN_PROGRESS")).isEqualTo(
                "Maya Thompson as coordinador/a, status=en curso");
        assertThat(spanish.state("code ABC_UNKNOWN stays")).isEqualTo("code ABC_UNKNOWN stays");
    }
}
