package app.convene.stakeholders;

/** Narrows the directory: text in a name or organization, a sector, a region or county. All optional. */
public record DirectoryFilter(String text, Sector sector, String region, Long organizationId) {

    public static final DirectoryFilter NONE = new DirectoryFilter(null, null, null, null);

    /** Whether it narrows nothing, as the directory's query reads it (a form's empty fields are blank, not null). */
    public boolean isEmpty() {
        return (text == null || text.isBlank()) && sector == null && (region == null || region.isBlank())
                && organizationId == null;
    }
}
