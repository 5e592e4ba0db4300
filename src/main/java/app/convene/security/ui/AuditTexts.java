package app.convene.security.ui;

import app.convene.security.AuditEntry;
import app.convene.shared.i18n.ConveneI18NProvider;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words for the codes an audit row stores: the action ({@code workgroup.left} → "Left a workgroup"), the kind
 * of record, and role or status codes inside the before and after states ({@code MEMBER} → "member"), in the
 * reader's language. The stored row is never changed; a code without a translation is shown as stored.
 */
final class AuditTexts {

    private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z_]{2,}\\b");

    private final ConveneI18NProvider i18n;
    private final Locale locale;

    AuditTexts(ConveneI18NProvider i18n, Locale locale) {
        this.i18n = i18n;
        this.locale = locale;
    }

    String action(AuditEntry entry) {
        return action(entry.action());
    }

    String action(String key) {
        return word("audit.action." + key, key);
    }

    String subject(AuditEntry entry) {
        String kind = subjectType(entry.subjectType());
        return entry.subjectId() == null ? kind : kind + " #" + entry.subjectId();
    }

    String subjectType(String type) {
        return word("audit.subject." + type, type);
    }

    /** The action codes that have words, for the filter. */
    List<String> actions() {
        return codes("audit.action.");
    }

    /** The kinds of record that have words, for the filter. */
    List<String> subjectTypes() {
        return codes("audit.subject.");
    }

    private List<String> codes(String prefix) {
        return ResourceBundle.getBundle(ConveneI18NProvider.BUNDLE, ConveneI18NProvider.ENGLISH).keySet().stream()
                .filter(k -> k.startsWith(prefix)).map(k -> k.substring(prefix.length())).sorted().toList();
    }

    String state(String stored) {
        if (stored == null) {
            return "";
        }
        Matcher codes = CODE.matcher(stored);
        StringBuilder out = new StringBuilder();
        while (codes.find()) {
            codes.appendReplacement(out, Matcher.quoteReplacement(word("audit.value." + codes.group(), codes.group())));
        }
        codes.appendTail(out);
        return out.toString();
    }

    private String word(String key, String otherwise) {
        return i18n.has(key, locale) ? i18n.getTranslation(key, locale) : otherwise;
    }
}
