package app.convene.convenings;

/** An organization that books office hours: the top-level organization in the directory (a jurisdiction). */
public record OfficeHourOrganization(long id, String name) {
}
