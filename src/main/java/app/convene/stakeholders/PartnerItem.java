package app.convene.stakeholders;

/** A partner organization of an initiative as its public page lists it. */
public record PartnerItem(long organizationId, String name, String parentName, OrganizationType type, Sector sector,
                          String county, String region, PartnerRole role) {

    /** "City of Atlanta (GA) — Invest Atlanta" for an office, the plain name otherwise. */
    public String displayName() {
        return parentName == null ? name : parentName + " — " + name;
    }
}
