package app.convene.stakeholders;

import java.util.Set;

/** A stakeholder's own profile in one initiative, demographics included: only they see this. */
public record MyProfile(long registrationId, long version, String name, String email, OrganizationOption organization,
                        String proposedOrganization, String title, Sector sector, String county, String region,
                        String languages, String accessibilityNeeds, Set<Long> goalIds, boolean directoryConsent,
                        Demographics demographics, RegistrationStatus status) {
}
