package app.convene.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The index folders under {@code <base>/v<format>}: a file CURRENT names the live index folder; a rebuild writes a
 * new folder and then moves the pointer atomically. Folders of other formats and abandoned rebuilds are removed.
 */
final class IndexFolders {

    private static final String POINTER = "CURRENT";

    private final Path base;
    private final Path home;

    IndexFolders(Path base, int formatVersion) {
        this.base = base;
        this.home = base.resolve("v" + formatVersion);
    }

    /** The live folder, or null when none was ever written. */
    Path live() {
        Path pointer = home.resolve(POINTER);
        try {
            return Files.isRegularFile(pointer)
                    ? home.resolve(Files.readString(pointer, StandardCharsets.UTF_8).strip()) : null;
        } catch (IOException e) {
            return null;
        }
    }

    Path fresh() {
        try {
            Files.createDirectories(home);
            return Files.createTempDirectory(home, "index-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a search index folder under " + home, e);
        }
    }

    void makeLive(Path folder) {
        try {
            Path temp = home.resolve(POINTER + ".new");
            Files.writeString(temp, folder.getFileName().toString(), StandardCharsets.UTF_8);
            Files.move(temp, home.resolve(POINTER), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot switch the search index to " + folder, e);
        }
    }

    /** Removes every folder except the live one: older formats and abandoned rebuilds. */
    void removeAllBut(Path live) {
        try (Stream<Path> formats = Files.list(base)) {
            for (Path format : formats.toList()) {
                if (format.equals(home)) {
                    try (Stream<Path> indexes = Files.list(home)) {
                        indexes.filter(Files::isDirectory).filter(p -> !p.equals(live))
                                .forEach(IndexFolders::removeTree);
                    }
                } else if (format.getFileName().toString().matches("v\\d+")) {
                    removeTree(format);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot tidy the search index folders under " + base, e);
        }
    }

    static void removeTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove " + root, e);
        }
    }
}
