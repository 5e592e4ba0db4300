package app.convene.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tests' search folders: those earlier runs left, unchanged for an hour, are removed; nothing else is. */
class SearchFolderPerContextTest {

    @TempDir
    Path target;

    @Test
    void onlyTheSearchFoldersLeftLongAgoAreRemoved() throws Exception {
        Instant now = Instant.now();
        Path old = Files.createDirectory(target.resolve("test-search-1"));
        Files.writeString(old.resolve("segments_1"), "index");
        Files.setLastModifiedTime(old, FileTime.from(now.minus(Duration.ofHours(2))));
        Path recent = Files.createDirectory(target.resolve("test-search-2"));
        Path other = Files.createDirectory(target.resolve("test-library-files"));
        Files.setLastModifiedTime(other, FileTime.from(now.minus(Duration.ofHours(2))));

        SearchFolderPerContext.sweep(target, now.minus(SearchFolderPerContext.LEFT_BEHIND));

        assertThat(old).doesNotExist();
        assertThat(recent).isDirectory();
        assertThat(other).as("not a search folder").isDirectory();
    }
}
