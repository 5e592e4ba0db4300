package app.convene.shared;

import java.util.OptionalLong;

/**
 * What stands for a person whose account is closed, wherever their name was: "Former member #id".
 * Stored in English (the person row, the audit log, the modules' copies of names) and shown in the
 * reader's language (see {@link app.convene.shared.ui.PersonNames}).
 */
public final class FormerMember {

    private static final String PREFIX = "Former member #";

    private FormerMember() {
    }

    public static String label(long personId) {
        return PREFIX + personId;
    }

    /** The person id in a text that is exactly such a label, else empty. */
    public static OptionalLong personIdIn(String text) {
        if (text == null || !text.startsWith(PREFIX)) {
            return OptionalLong.empty();
        }
        String digits = text.substring(PREFIX.length());
        return !digits.isEmpty() && digits.length() < 19 && digits.chars().allMatch(c -> c >= '0' && c <= '9')
                ? OptionalLong.of(Long.parseLong(digits)) : OptionalLong.empty();
    }
}
