package app.convene.timeline;

import java.time.LocalDate;
import java.util.Set;

/** A milestone as the timeline, the dashboard and the public page show it. */
public record MilestoneView(long id, long version, long initiativeId, Long phaseId, String title, String description,
                            Long ownerWorkgroupId, String ownerWorkgroup, Long ownerPersonId, String ownerPerson,
                            LocalDate start, LocalDate due, MilestoneStatus status, LocalDate completedOn,
                            boolean publicMilestone, Set<Long> dependsOn) {

    public boolean overdueOn(LocalDate today) {
        return status != MilestoneStatus.DONE && due.isBefore(today);
    }
}
