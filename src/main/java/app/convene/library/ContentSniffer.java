package app.convene.library;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Tells a file's type from its bytes (magic numbers), never from its name: PDF, PNG, JPEG, GIF, WebP, the three
 * Office Open XML formats (a zip whose {@code [Content_Types].xml} declares the main part) and UTF-8 text.
 * Empty when it is none of these. A zip whose directory claims absurd sizes or entry counts is refused.
 */
final class ContentSniffer {

    static final int MAX_ZIP_ENTRIES = 10_000;
    static final long MAX_ZIP_UNPACKED = 1L << 30;
    private static final int MAX_CONTENT_TYPES = 1 << 20;
    private static final String OOXML = "application/vnd.openxmlformats-officedocument.";

    /** A zip that claims more than the limits: refused as a whole. */
    static final class AbsurdZipException extends IOException {
        AbsurdZipException(String message) {
            super(message);
        }
    }

    private ContentSniffer() {
    }

    static Optional<FileType> detect(Path file) throws IOException {
        byte[] head = new byte[16];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        }
        if (starts(head, read, "%PDF-")) {
            return Optional.of(FileType.PDF);
        }
        if (read >= 8 && Arrays.equals(Arrays.copyOf(head, 8),
                new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})) {
            return Optional.of(FileType.PNG);
        }
        if (read >= 3 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8 && (head[2] & 0xFF) == 0xFF) {
            return Optional.of(FileType.JPEG);
        }
        if (starts(head, read, "GIF87a") || starts(head, read, "GIF89a")) {
            return Optional.of(FileType.GIF);
        }
        if (read >= 12 && starts(head, read, "RIFF") && new String(head, 8, 4, StandardCharsets.US_ASCII).equals("WEBP")) {
            return Optional.of(FileType.WEBP);
        }
        if (read >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return officeType(file);
        }
        return utf8Text(file) ? Optional.of(FileType.TEXT) : Optional.empty();
    }

    private static boolean starts(byte[] head, int read, String magic) {
        byte[] bytes = magic.getBytes(StandardCharsets.US_ASCII);
        return read >= bytes.length && Arrays.equals(Arrays.copyOf(head, bytes.length), bytes);
    }

    private static Optional<FileType> officeType(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > MAX_ZIP_ENTRIES) {
                throw new AbsurdZipException(zip.size() + " entries");
            }
            long unpacked = 0;
            ZipEntry contentTypes = null;
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                unpacked += Math.max(0, entry.getSize());
                if (unpacked > MAX_ZIP_UNPACKED) {
                    throw new AbsurdZipException("more than " + MAX_ZIP_UNPACKED + " bytes unpacked");
                }
                if (entry.getName().equals("[Content_Types].xml")) {
                    contentTypes = entry;
                }
            }
            if (contentTypes == null) {
                return Optional.empty();
            }
            String types;
            try (InputStream in = zip.getInputStream(contentTypes)) {
                types = new String(in.readNBytes(MAX_CONTENT_TYPES), StandardCharsets.UTF_8);
            }
            if (types.contains(OOXML + "wordprocessingml.document.main+xml")) {
                return Optional.of(FileType.DOCX);
            }
            if (types.contains(OOXML + "spreadsheetml.sheet.main+xml")) {
                return Optional.of(FileType.XLSX);
            }
            if (types.contains(OOXML + "presentationml.presentation.main+xml")) {
                return Optional.of(FileType.PPTX);
            }
            return Optional.empty();
        } catch (ZipException damaged) {
            return Optional.empty();
        }
    }

    /** Valid UTF-8 (a byte order mark allowed) without NUL or other binary control characters. */
    private static boolean utf8Text(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length == 0) {
            return false;
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return false;
        }
        return text.chars().noneMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f');
    }
}
