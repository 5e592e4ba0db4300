package app.convene.library.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The last outbox row this node's index applied, as (transaction, id), in a small file next to the index (each
 * node keeps its own). A file from before decision 0027 (an id alone) counts as the start: the outbox is applied
 * again, which changes nothing that was right.
 */
@Component
class OutboxPosition {

    record Place(long tx, long id) {
        static final Place START = new Place(0, 0);
    }

    private final Path file;
    private final Path database;

    OutboxPosition(@Value("${convene.search.directory:.convene/search}") Path directory) {
        this.file = directory.resolve("library-outbox.position");
        this.database = directory.resolve("library-outbox.database");
    }

    Place get() {
        try {
            if (!Files.exists(file)) {
                return Place.START;
            }
            String[] parts = Files.readString(file).strip().split(":");
            return parts.length == 2 ? new Place(Long.parseLong(parts[0]), Long.parseLong(parts[1])) : Place.START;
        } catch (IOException | NumberFormatException unreadable) {
            return Place.START;
        }
    }

    void set(Place place) {
        replace(file, place.tx() + ":" + place.id());
    }

    /** Whether the index and this position were built from the database with this identity (migration 0033). */
    boolean builtFrom(String identity) {
        try {
            return Files.exists(database) && Files.readString(database).strip().equals(identity);
        } catch (IOException unreadable) {
            return false;
        }
    }

    void markBuiltFrom(String identity) {
        replace(database, identity);
    }

    /** Writes the text beside the file and moves it in place atomically: a crash leaves the old text or the new. */
    private static void replace(Path target, String text) {
        try {
            Files.createDirectories(target.getParent());
            Path next = target.resolveSibling(target.getFileName() + ".next");
            Files.writeString(next, text);
            Files.move(next, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
