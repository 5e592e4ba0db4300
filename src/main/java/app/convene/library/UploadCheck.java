package app.convene.library;

import app.convene.shared.ValidationError;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Upload safety, on the server whatever the browser did: the size limit ({@code convene.library.max-upload},
 * default 25 MB) enforced while reading, the type told from the bytes against the allow-list ({@link FileType})
 * and matched with the name's extension, the name sanitized. Refusals are field messages on {@code file}.
 */
@Component
class UploadCheck {

    static final String FIELD = "file";

    private final long maxBytes;

    UploadCheck(@Value("${convene.library.max-upload:25MB}") DataSize maxUpload) {
        this.maxBytes = maxUpload.toBytes();
    }

    long maxBytes() {
        return maxBytes;
    }

    /** A checked upload in a temporary file, removed on close. */
    record Checked(Path file, String fileName, String mediaType, long size) implements AutoCloseable {
        @Override
        public void close() {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file the system cleans up
            }
        }
    }

    Checked check(String uploadedName, InputStream content) {
        Path temp = null;
        try {
            temp = Files.createTempFile("convene-upload-", ".part");
            long size = copyAtMost(content, temp);
            if (size == 0) {
                throw new ValidationError(FIELD, "library.file.empty");
            }
            FileType type = ContentSniffer.detect(temp)
                    .orElseThrow(() -> new ValidationError(FIELD, "library.file.typeNotAllowed"));
            String name = FileNames.sanitize(uploadedName);
            String extension = FileNames.extension(name);
            if (type == FileType.TEXT && FileType.MARKDOWN.fits(extension)) {
                type = FileType.MARKDOWN;
            }
            if (extension.isEmpty()) {
                name = FileNames.sanitize(name + "." + type.extension());
            } else if (!type.fits(extension)) {
                throw new ValidationError(FIELD, "library.file.typeMismatch", extension);
            }
            Checked checked = new Checked(temp, name, type.mediaType(), size);
            temp = null;
            return checked;
        } catch (ContentSniffer.AbsurdZipException absurd) {
            throw new ValidationError(FIELD, "library.file.typeNotAllowed");
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } finally {
            if (temp != null) {
                new Checked(temp, "", "", 0).close();
            }
        }
    }

    /** Copies the stream, refusing as soon as it passes the limit (nothing more is read). */
    private long copyAtMost(InputStream content, Path target) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (OutputStream out = Files.newOutputStream(target)) {
            for (int n; (n = content.read(buffer)) != -1; ) {
                total += n;
                if (total > maxBytes) {
                    throw new ValidationError(FIELD, "library.file.tooLarge", maxBytes / (1024 * 1024));
                }
                out.write(buffer, 0, n);
            }
        }
        return total;
    }
}
