package app.convene.library;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where files' bytes live, addressed by their content: the key is the SHA-256 of the bytes (64 hex digits), so
 * the same file stored twice is kept once. A folder by default; an S3-compatible object store for several nodes.
 */
public interface BlobStore {

    /** Stores the bytes (read to the end, not closed) and returns their key. */
    String put(InputStream content) throws IOException;

    /** The bytes under the key; the caller closes the stream. */
    InputStream open(String key) throws IOException;

    boolean exists(String key);

    /** Removes the bytes under the key, if there are any. */
    void delete(String key) throws IOException;
}
