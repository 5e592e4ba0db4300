package app.convene.library;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * {@link BlobStore} in a folder ({@code convene.library.files}, default {@code .convene/files}): each file under
 * {@code ab/cd/<sha-256>}, written to a temporary file first and moved into place atomically, so a reader never
 * sees half a file and a failed upload leaves nothing behind under a key.
 */
@Component
class FileSystemBlobStore implements BlobStore {

    private static final Pattern KEY = Pattern.compile("[0-9a-f]{64}");

    private final Path root;

    FileSystemBlobStore(@Value("${convene.library.files:.convene/files}") String root) {
        this.root = Path.of(root).toAbsolutePath();
    }

    @Override
    public String put(InputStream content) throws IOException {
        Path incoming = Files.createDirectories(root.resolve("incoming"));
        Path temp = Files.createTempFile(incoming, "upload-", ".part");
        try {
            MessageDigest sha256 = sha256();
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), sha256)) {
                content.transferTo(out);
            }
            String key = HexFormat.of().formatHex(sha256.digest());
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
        return KEY.matcher(key).matches() && Files.isRegularFile(path(key));
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(path(key));
    }

    private Path path(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("Not a content key: " + key);
        }
        return root.resolve(key.substring(0, 2)).resolve(key.substring(2, 4)).resolve(key);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
