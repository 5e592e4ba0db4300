package app.convene.stakeholders;

/** A person in the members' directory: what they agreed to show, never demographics. */
public record DirectoryEntry(long registrationId, String name, String title, Long organizationId, String organization,
                             Sector sector, String county, String region) {
}
