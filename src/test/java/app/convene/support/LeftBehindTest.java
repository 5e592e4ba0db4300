package app.convene.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tests' own folders: those of a kind earlier runs left, unchanged for an hour, are removed; nothing else is. */
class LeftBehindTest {

    @TempDir
    Path parent;

    @Test
    void onlyTheFoldersOfTheKindLeftLongAgoAreRemoved() throws Exception {
        Instant now = Instant.now();
        Path old = Files.createDirectory(parent.resolve("test-search-1"));
        Files.writeString(old.resolve("segments_1"), "index");
        Files.setLastModifiedTime(old, FileTime.from(now.minus(Duration.ofHours(2))));
        Path recent = Files.createDirectory(parent.resolve("test-search-2"));
        Path other = Files.createDirectory(parent.resolve("test-library-files"));
        Files.setLastModifiedTime(other, FileTime.from(now.minus(Duration.ofHours(2))));
        Path oldFile = Files.writeString(parent.resolve("test-search-notes.txt"), "a file, not a folder");
        Files.setLastModifiedTime(oldFile, FileTime.from(now.minus(Duration.ofHours(2))));

        LeftBehind.sweep(parent, "test-search-", now.minus(LeftBehind.AGE));

        assertThat(old).doesNotExist();
        assertThat(recent).isDirectory();
        assertThat(other).as("not of the kind").isDirectory();
        assertThat(oldFile).as("only folders").isRegularFile();
    }

    @Test
    void aNewFolderSweepsItsKindOnceAndIsMadeInItsParent() throws Exception {
        Path old = Files.createDirectory(parent.resolve("convene-restart-old"));
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofHours(3))));

        Path made = LeftBehind.newFolder(parent, "convene-restart-");

        assertThat(old).doesNotExist();
        assertThat(made).isDirectory().hasParent(parent);
        assertThat(made.getFileName().toString()).startsWith("convene-restart-");
        Path leftLater = Files.createDirectory(parent.resolve("convene-restart-later"));
        Files.setLastModifiedTime(leftLater, FileTime.from(Instant.now().minus(Duration.ofHours(3))));
        LeftBehind.newFolder(parent, "convene-restart-");
        assertThat(leftLater).as("swept once per JVM and kind").isDirectory();
        LeftBehind.remove(made);
        assertThat(made).doesNotExist();
    }
}
