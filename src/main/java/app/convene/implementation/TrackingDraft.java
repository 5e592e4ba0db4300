package app.convene.implementation;

import java.util.Set;

/** What the tracking form saves: owner organization (null: none yet), status, reason, linked milestones. */
public record TrackingDraft(Long ownerOrganizationId, ImplementationStatus status, String notPursuedReason,
                            Set<Long> milestoneIds) {

    public TrackingDraft {
        milestoneIds = milestoneIds == null ? Set.of() : Set.copyOf(milestoneIds);
    }
}
