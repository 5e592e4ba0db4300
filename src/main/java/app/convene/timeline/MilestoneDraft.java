package app.convene.timeline;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;

/** A milestone as a coordinator writes it. */
public record MilestoneDraft(@NotBlank @Size(max = 200) String title, @Size(max = 4000) String description,
                             Long phaseId, Long ownerWorkgroupId, Long ownerPersonId, LocalDate start,
                             @NotNull LocalDate due, @NotNull MilestoneStatus status, Set<Long> dependsOn,
                             boolean publicMilestone) {

    public MilestoneDraft {
        dependsOn = dependsOn == null ? Set.of() : Set.copyOf(dependsOn);
    }

    /** A milestone cannot be due before it starts. */
    @AssertTrue
    public boolean isDueAfterStart() {
        return start == null || due == null || !due.isBefore(start);
    }
}
