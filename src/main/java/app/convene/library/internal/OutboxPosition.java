package app.convene.library.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The last outbox row this node's index applied, in a small file next to the index (each node keeps its own). */
@Component
class OutboxPosition {

    private final Path file;

    OutboxPosition(@Value("${convene.search.directory:.convene/search}") Path directory) {
        this.file = directory.resolve("library-outbox.position");
    }

    long get() {
        try {
            return Files.exists(file) ? Long.parseLong(Files.readString(file).strip()) : 0;
        } catch (IOException | NumberFormatException unreadable) {
            return 0;
        }
    }

    void set(long id) {
        try {
            Files.createDirectories(file.getParent());
            Path next = file.resolveSibling(file.getFileName() + ".next");
            Files.writeString(next, Long.toString(id));
            Files.move(next, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
