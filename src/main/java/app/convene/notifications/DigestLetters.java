package app.convene.notifications;

import app.convene.notifications.internal.DigestQueries.Line;
import app.convene.shared.SiteSettings;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * A digest's mail in its reader's language: the notices grouped by initiative (by name; those of no initiative
 * last), then by kind (by its name in that language), each with its text and the address of the thing itself.
 */
@Component
class DigestLetters {

    /** Separates a notice's i18n key from its parameters in the stored text (as {@link NoticeService} writes it). */
    private static final String SEPARATOR = "\u001F";

    private final I18NProvider i18n;
    private final SiteSettings site;

    DigestLetters(I18NProvider i18n, SiteSettings site) {
        this.i18n = i18n;
        this.site = site;
    }

    /**
     * The letter for one person's lines (all theirs, in initiative-name order, as the digest query gives them);
     * {@code base} is {@link #base()}, read once for a page of letters.
     */
    Letter letter(Delivery frequency, List<Line> lines, Locale language, String base) {
        Line first = lines.getFirst();
        Map<Long, List<Line>> byInitiative = new LinkedHashMap<>();
        lines.forEach(line -> byInitiative.computeIfAbsent(line.initiativeId(), i -> new ArrayList<>()).add(line));
        StringBuilder text = new StringBuilder(t(language, "digest.intro." + frequency.name(), lines.size()))
                .append("\n");
        byInitiative.forEach((initiative, ofInitiative) -> {
            String name = initiative == null ? t(language, "digest.noInitiative") : ofInitiative.getFirst().initiativeName();
            text.append("\n").append(name).append("\n").append("=".repeat(Math.min(60, name.length()))).append("\n");
            Map<String, List<Line>> byKind = new TreeMap<>(Comparator.<String>naturalOrder());
            for (Line line : ofInitiative) {
                byKind.computeIfAbsent(t(language, "digest.kind." + line.kind()), k -> new ArrayList<>()).add(line);
            }
            byKind.forEach((kind, ofKind) -> {
                text.append("\n").append(kind).append("\n");
                for (Line line : ofKind) {
                    text.append("- ").append(noticeText(line, language)).append("\n  ")
                            .append(base).append(link(line)).append("\n");
                }
            });
        });
        text.append("\n").append(t(language, "digest.allNotices", base + "my/notices")).append("\n");
        String subject = t(language, "digest.subject." + frequency.name(), lines.size());
        return Letter.to(first.email(), language, subject, text.toString()).forPerson(first.personId(), null);
    }

    private String noticeText(Line line, Locale language) {
        String[] parts = line.text().split(SEPARATOR, -1);
        return t(language, parts[0], (Object[]) Arrays.copyOfRange(parts, 1, parts.length));
    }

    private static String link(Line line) {
        String link = Objects.requireNonNullElse(line.link(), "my/notices");
        return link.startsWith("/") ? link.substring(1) : link;
    }

    /** The site's public address with a trailing slash, which the links of the thing themselves start with. */
    String base() {
        String url = site.publicUrl();
        return url.endsWith("/") ? url : url + "/";
    }

    private String t(Locale language, String key, Object... params) {
        return i18n.getTranslation(key, language, params);
    }
}
