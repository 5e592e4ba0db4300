package app.convene.implementation.ui;

import app.convene.implementation.ImplementationStatus;
import app.convene.implementation.ImplementationTracking;
import app.convene.implementation.PickerOption;
import app.convene.implementation.TrackingDraft;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** The tracking form's content, as its binder reads and writes it. */
public record TrackingFields(PickerOption owner, ImplementationStatus status, String notPursuedReason,
                             Set<PickerOption> milestones) {

    static TrackingFields of(ImplementationTracking t) {
        return new TrackingFields(t.owner(), t.status(), t.notPursuedReason() == null ? "" : t.notPursuedReason(),
                new LinkedHashSet<>(t.milestones()));
    }

    TrackingDraft draft() {
        return new TrackingDraft(owner == null ? null : owner.id(), status, notPursuedReason,
                milestones == null ? Set.of() : milestones.stream().map(PickerOption::id).collect(Collectors.toSet()));
    }
}
