package app.convene.timeline;

import app.convene.initiatives.InitiativeDirectory.PhaseRef;
import java.time.LocalDate;
import java.util.Set;

/** A milestone as the timeline, the dashboard and the public page show it. */
public record MilestoneItem(long id, long version, long initiativeId, Long phaseId, String title, String description,
                            Long ownerWorkgroupId, String ownerWorkgroup, Long ownerPersonId, String ownerPerson,
                            LocalDate start, LocalDate due, MilestoneStatus status, LocalDate completedOn,
                            boolean publicMilestone, Set<Long> dependsOn) {

    public boolean overdueOn(LocalDate today) {
        return status.open() && due.isBefore(today);
    }

    /** Whether this milestone's dates lie (partly) outside {@code phase}, the phase it belongs to. */
    public boolean outside(PhaseRef phase) {
        return outside(start, due, phase);
    }

    static boolean outside(LocalDate start, LocalDate due, PhaseRef phase) {
        return due.isAfter(phase.end()) || due.isBefore(phase.start()) || (start != null && start.isBefore(phase.start()));
    }
}
