package app.convene.stakeholders;

import java.time.LocalDate;

/**
 * A partner organization of an initiative as its public page and the partners editor list it: the
 * organization, its part, and since and until when (either may be null).
 */
public record PartnerItem(long organizationId, String name, String parentName, OrganizationType type, Sector sector,
                          String county, String region, PartnerRole role, long partnershipId, LocalDate since,
                          LocalDate until) {

    /** "City of Atlanta (GA) — Invest Atlanta" for an office, the plain name otherwise. */
    public String displayName() {
        return parentName == null ? name : parentName + " — " + name;
    }
}
