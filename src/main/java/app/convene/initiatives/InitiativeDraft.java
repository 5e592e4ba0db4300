package app.convene.initiatives;

import app.convene.shared.FreeText;
import app.convene.shared.ValidationError;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * A new initiative as an administrator creates it in the browser: it starts as a draft, without goals or
 * phases (its coordinators add them).
 *
 * @param languages the content languages offered ({@code en}, {@code es}); the first is the one its texts are
 *                  written in
 */
public record InitiativeDraft(String name, String slug, String region, String summary, String timeZone,
                              List<String> languages) {

    /** The content languages Convene offers. */
    public static final List<String> LANGUAGES = List.of("en", "es");
    static final String SLUG_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";
    static final int SLUG_MAX = 80;

    /**
     * The draft as stored (texts stripped), or a {@link ValidationError} by the first field that needs attention:
     * {@code name} or {@code region} empty, {@code slug} empty, malformed (lower-case letters, digits, hyphens)
     * or too long, a text over its length, an unknown {@code timeZone}, no or unknown {@code languages}.
     */
    InitiativeDraft checked() {
        FreeText.checked(this);
        String cleanName = required("name", name, 200, "initiatives.error.nameRequired");
        String cleanSlug = required("slug", slug, SLUG_MAX, "initiatives.error.slugRequired");
        if (!cleanSlug.matches(SLUG_PATTERN)) {
            throw new ValidationError("slug", "initiatives.error.slugMalformed");
        }
        String cleanRegion = required("region", region, 200, "initiatives.error.regionRequired");
        String cleanSummary = summary == null || summary.isBlank() ? null : summary.strip();
        if (cleanSummary != null && cleanSummary.length() > 4000) {
            throw new ValidationError("summary", "error.tooLong", 4000);
        }
        try {
            ZoneId.of(timeZone == null ? "" : timeZone);
        } catch (DateTimeException e) {
            throw new ValidationError("timeZone", "initiatives.error.timeZone");
        }
        List<String> offered = languages == null ? List.of() : List.copyOf(new LinkedHashSet<>(languages));
        if (offered.isEmpty() || !LANGUAGES.containsAll(offered)) {
            throw new ValidationError("languages", "initiatives.error.languages");
        }
        return new InitiativeDraft(cleanName, cleanSlug, cleanRegion, cleanSummary, timeZone, offered);
    }

    private static String required(String field, String value, int max, String emptyKey) {
        String clean = value == null ? "" : value.strip();
        if (clean.isEmpty()) {
            throw new ValidationError(field, emptyKey);
        }
        if (clean.length() > max) {
            throw new ValidationError(field, "error.tooLong", max);
        }
        return clean;
    }

    /**
     * A short address made from a name: lower case, accents dropped, every other run of characters a hyphen
     * ("Inland Empire Good Jobs Table" → {@code inland-empire-good-jobs-table}).
     */
    public static String suggestSlug(String name) {
        if (name == null) {
            return "";
        }
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replace("&", " and ").replace("@", " at ");
        String slug = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > SLUG_MAX) {
            slug = slug.substring(0, SLUG_MAX).replaceAll("-+$", "");
        }
        return slug;
    }
}
