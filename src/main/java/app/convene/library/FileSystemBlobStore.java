package app.convene.library;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * {@link BlobStore} in a folder ({@code convene.library.files}, default {@code .convene/files}): each file under
 * {@code ab/cd/<sha-256>}, written to a temporary file first and moved into place atomically, so a reader never
 * sees half a file and a failed upload leaves nothing behind under a key. The default store
 * ({@code convene.library.store=folder}); {@link S3BlobStore} for several nodes.
 */
@Component
@ConditionalOnProperty(name = "convene.library.store", havingValue = "folder", matchIfMissing = true)
class FileSystemBlobStore implements BlobStore {

    private final Path root;

    FileSystemBlobStore(@Value("${convene.library.files:.convene/files}") String root) {
        this.root = Path.of(root).toAbsolutePath();
    }

    @Override
    public String put(InputStream content) throws IOException {
        Path incoming = Files.createDirectories(root.resolve("incoming"));
        Path temp = Files.createTempFile(incoming, "upload-", ".part");
        try {
            String key = BlobKeys.copyHashing(content, temp);
            Path target = path(key);
            Files.createDirectories(target.getParent());
            if (!Files.exists(target)) {
                move(temp, target);
            }
            return key;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException sameContentMeanwhile) {
            // another upload of the same bytes got there first: the content is the same
        } catch (AtomicMoveNotSupportedException notOnThisFileSystem) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Override
    public InputStream open(String key) throws IOException {
        return Files.newInputStream(path(key));
    }

    @Override
    public boolean exists(String key) {
        return BlobKeys.valid(key) && Files.isRegularFile(path(key));
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(path(key));
    }

    private Path path(String key) {
        return root.resolve(BlobKeys.relativeName(key));
    }
}
