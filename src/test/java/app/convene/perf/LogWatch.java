package app.convene.perf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Whether a line has appeared in a log that another process is writing (decision 0086). Each call reads only what was
 * written since the last one, and keeps the marker's length minus one of what came before, so a marker split across
 * two reads is still found. Once seen, it stays seen.
 */
final class LogWatch {

    private final Path log;
    private final String marker;
    private long position;
    private String carry = "";
    private boolean seen;

    LogWatch(Path log, String marker) {
        if (marker.isEmpty()) {
            throw new IllegalArgumentException("an empty marker is in every log");
        }
        this.log = log;
        this.marker = marker;
    }

    boolean seen() {
        if (seen) {
            return true;
        }
        try (FileChannel channel = FileChannel.open(log, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size <= position) {
                return false;
            }
            ByteBuffer fresh = ByteBuffer.allocate((int) Math.min(size - position, 1 << 20));
            int read = channel.read(fresh, position);
            if (read <= 0) {
                return false;
            }
            position += read;
            // ISO-8859-1 maps each byte to one char: an ASCII marker is found whatever the log's encoding.
            String text = carry + new String(fresh.array(), 0, fresh.position(), StandardCharsets.ISO_8859_1);
            seen = text.contains(marker);
            carry = text.substring(Math.max(0, text.length() - marker.length() + 1));
            return seen;
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + log, e);
        }
    }
}
