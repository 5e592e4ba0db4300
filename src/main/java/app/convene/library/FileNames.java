package app.convene.library;

import java.text.Normalizer;
import java.util.Locale;

/** A file name as uploaded, made safe to store and send back: no folders, no control characters, not too long. */
final class FileNames {

    static final int MAX_LENGTH = 120;
    private static final String FORBIDDEN = "<>:\"|?*;";

    private FileNames() {
    }

    /** The last part of the name (no path), without control, format or reserved characters; "file" when nothing is left. */
    static String sanitize(String uploaded) {
        String name = uploaded == null ? "" : uploaded;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC);
        StringBuilder kept = new StringBuilder();
        name.codePoints().filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT
                && FORBIDDEN.indexOf(c) < 0).forEach(kept::appendCodePoint);
        name = kept.toString().strip().replaceAll("^[.\\s]+", "").replaceAll("[.\\s]+$", "");
        if (name.isEmpty()) {
            return "file";
        }
        if (name.codePointCount(0, name.length()) <= MAX_LENGTH) {
            return name;
        }
        String extension = extension(name);
        String suffix = extension.isEmpty() || extension.length() > 10 ? "" : "." + extension;
        int keep = MAX_LENGTH - suffix.length();
        return name.substring(0, name.offsetByCodePoints(0, keep)).strip() + suffix;
    }

    /** The extension in lower case without the dot, or "" when there is none. */
    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 || dot == name.length() - 1 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
