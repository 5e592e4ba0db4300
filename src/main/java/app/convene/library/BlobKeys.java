package app.convene.library;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** What every {@link BlobStore} shares: keys are the SHA-256 of the bytes, 64 lower-case hex digits. */
final class BlobKeys {

    private static final Pattern KEY = Pattern.compile("[0-9a-f]{64}");

    private BlobKeys() {
    }

    static boolean valid(String key) {
        return key != null && KEY.matcher(key).matches();
    }

    /** The key, refused when it is not one (so no key can name a path or another object). */
    static String checked(String key) {
        if (!valid(key)) {
            throw new IllegalArgumentException("Not a content key: " + key);
        }
        return key;
    }

    /** {@code ab/cd/<key>}: the folder store's path and the object store's name below its prefix. */
    static String relativeName(String key) {
        checked(key);
        return key.substring(0, 2) + "/" + key.substring(2, 4) + "/" + key;
    }

    /** Copies the bytes into the file (read to the end, not closed) and returns their key. */
    static String copyHashing(InputStream content, Path file) throws IOException {
        MessageDigest sha256 = sha256();
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), sha256)) {
            content.transferTo(out);
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
