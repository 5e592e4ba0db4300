package app.convene.shared.ui;

/** The initiative a page part is drawn for: enough to ask the part's own services and to build links. */
public record InitiativeContext(long id, String slug, String name) {

    /** The initiative's page address, the base of every address under it. */
    public String path() {
        return "initiatives/" + slug;
    }

    /** An address under the initiative's page, e.g. {@code path("timeline")}. */
    public String path(String child) {
        return path() + "/" + child;
    }
}
