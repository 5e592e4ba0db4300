package app.convene.stakeholders;

import java.time.Instant;
import java.util.Set;

/**
 * A registration as coordinators review it: every answer except the demographics, which only the
 * person may see.
 */
public record RegistrationItem(long id, long version, String name, String email, String organization,
                               boolean organizationProposed, String title, Sector sector, String county, String region,
                               String languages, String accessibilityNeeds, Set<Long> goalIds, boolean directoryConsent,
                               RegistrationStatus status, String source, Instant submittedAt, String decisionNote,
                               Instant decidedAt) {
}
