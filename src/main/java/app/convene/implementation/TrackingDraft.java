package app.convene.implementation;

import java.util.Set;

/**
 * What the tracking form saves: owner organization (null: none yet), status, reason, linked milestones and linked
 * indicators (the whole sets: what is left out is unlinked).
 */
public record TrackingDraft(Long ownerOrganizationId, ImplementationStatus status, String notPursuedReason,
                            Set<Long> milestoneIds, Set<Long> indicatorIds) {

    public TrackingDraft {
        milestoneIds = milestoneIds == null ? Set.of() : Set.copyOf(milestoneIds);
        indicatorIds = indicatorIds == null ? Set.of() : Set.copyOf(indicatorIds);
    }

    /** A draft linking no indicator (any linked before is unlinked when it is saved). */
    public TrackingDraft(Long ownerOrganizationId, ImplementationStatus status, String notPursuedReason,
                         Set<Long> milestoneIds) {
        this(ownerOrganizationId, status, notPursuedReason, milestoneIds, Set.of());
    }
}
