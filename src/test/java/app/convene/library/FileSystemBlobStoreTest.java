package app.convene.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** The folder store meets the {@link BlobStoreContract}. */
class FileSystemBlobStoreTest extends BlobStoreContract {

    @TempDir
    Path root;
    BlobStore store;

    @BeforeEach
    void open() {
        store = new FileSystemBlobStore(root.toString());
    }

    @Override
    BlobStore store() {
        return store;
    }

    @Override
    long stored() throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).filter(f -> !f.startsWith(root.resolve("incoming"))).count();
        }
    }
}
