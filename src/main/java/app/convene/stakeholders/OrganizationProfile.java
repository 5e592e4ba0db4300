package app.convene.stakeholders;

/** An organization as its page shows it, with how many of its people are listed in this initiative. */
public record OrganizationProfile(long id, String name, String parentName, OrganizationType type, Sector sector,
                                  String county, String region, long listedPeople) {

    public String displayName() {
        return parentName == null ? name : parentName + " — " + name;
    }
}
