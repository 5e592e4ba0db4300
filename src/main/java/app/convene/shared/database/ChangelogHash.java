package app.convene.shared.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import liquibase.integration.spring.SpringLiquibase;
import liquibase.util.LiquibaseUtil;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * A SHA-256 over what decides what Liquibase would do on a start: its version, the settings it runs with (change log,
 * contexts, labels, schema, tag), the master change log and every file it includes ({@code - include: file: …},
 * Convene's only form: one file per change, never edited after it lands). Empty when a file cannot be read or the
 * master holds anything but includes, or a change is marked {@code runAlways} (it must run at every start), so that
 * the start runs Liquibase as before.
 */
final class ChangelogHash {

    private final ResourceLoader resources;

    ChangelogHash(ClassLoader classLoader) {
        this.resources = new DefaultResourceLoader(classLoader);
    }

    Optional<String> of(SpringLiquibase liquibase) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            String changeLog = liquibase.getChangeLog();
            add(digest, "liquibase=" + LiquibaseUtil.getBuildVersion() + "\nchangelog=" + changeLog + "\ncontexts="
                    + Objects.toString(liquibase.getContexts(), "") + "\nlabels="
                    + Objects.toString(liquibase.getLabelFilter(), "") + "\nschema="
                    + Objects.toString(liquibase.getDefaultSchema(), "") + "\ntag="
                    + Objects.toString(liquibase.getTag(), "") + "\n");
            Resource master = resources.getResource(changeLog);
            if (!master.isReadable()) {
                return Optional.empty();
            }
            String text = master.getContentAsString(StandardCharsets.UTF_8);
            add(digest, text);
            for (String line : text.lines().map(String::strip).toList()) {
                if (line.isEmpty() || line.startsWith("#") || line.equals("databaseChangeLog:")
                        || line.equals("- include:") || line.equals("relativeToChangelogFile: true")) {
                    continue;
                }
                if (!line.startsWith("file:")) {
                    return Optional.empty();
                }
                Resource change = master.createRelative(line.substring("file:".length()).strip());
                if (!change.isReadable()) {
                    return Optional.empty();
                }
                byte[] content = change.getContentAsByteArray();
                if (new String(content, StandardCharsets.UTF_8).replace(" ", "").contains("runAlways:true")) {
                    return Optional.empty();
                }
                add(digest, change.getFilename() + "\n");
                digest.update(content);
            }
            return Optional.of(HexFormat.of().formatHex(digest.digest()));
        } catch (IOException | NoSuchAlgorithmException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static void add(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
    }
}
