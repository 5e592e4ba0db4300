package app.convene.initiatives;

/**
 * Addresses of an initiative's pages, relative to the application's root: {@code initiatives/<slug>} and
 * the pages under it ({@code initiatives/<slug>/timeline}). The one place that spells them.
 */
public final class InitiativeAddresses {

    private InitiativeAddresses() {
    }

    /** The initiative's own page. */
    public static String of(String slug) {
        return "initiatives/" + slug;
    }

    /** A page under the initiative's, e.g. {@code of("wei", "timeline")} or {@code of("wei", "recommendations", "7")}. */
    public static String of(String slug, String... path) {
        return path.length == 0 ? of(slug) : of(slug) + "/" + String.join("/", path);
    }
}
