package app.convene.stakeholders;

/** Narrows the directory: text in a name or organization, a sector, a region or county. All optional. */
public record DirectoryFilter(String text, Sector sector, String region, Long organizationId) {

    public static final DirectoryFilter NONE = new DirectoryFilter(null, null, null, null);
}
