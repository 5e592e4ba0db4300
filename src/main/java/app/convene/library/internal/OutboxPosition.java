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
        try {
            Files.createDirectories(file.getParent());
            Path next = file.resolveSibling(file.getFileName() + ".next");
            Files.writeString(next, place.tx() + ":" + place.id());
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
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
        try {
            Files.createDirectories(database.getParent());
            Path next = database.resolveSibling(database.getFileName() + ".next");
            Files.writeString(next, identity);
            Files.move(next, database, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
