package app.convene.implementation;

import java.time.Instant;
import java.util.List;

/**
 * A published recommendation's implementation as saved: {@code version} 0 and status not started until the
 * first save (give it back as the expected version); {@code changedAt} null until then. {@code indicators}: every
 * linked indicator, public or not (members read this).
 */
public record ImplementationTracking(long recommendationId, long initiativeId, long version,
                                     ImplementationStatus status, PickerOption owner, String notPursuedReason,
                                     List<PickerOption> milestones, List<LinkedIndicator> indicators,
                                     Instant changedAt) {

    public ImplementationTracking {
        milestones = List.copyOf(milestones);
        indicators = List.copyOf(indicators);
    }
}
