package app.convene.implementation.ui;

import app.convene.implementation.ImplementationStatus;
import app.convene.implementation.ImplementationTracking;
import app.convene.implementation.LinkedIndicator;
import app.convene.implementation.PickerOption;
import app.convene.implementation.TrackingDraft;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** The tracking form's content, as its binder reads and writes it. */
public record TrackingFields(PickerOption owner, ImplementationStatus status, String notPursuedReason,
                             Set<PickerOption> milestones, Set<PickerOption> indicators) {

    static TrackingFields of(ImplementationTracking t) {
        return new TrackingFields(t.owner(), t.status(), t.notPursuedReason() == null ? "" : t.notPursuedReason(),
                new LinkedHashSet<>(t.milestones()),
                t.indicators().stream().map(LinkedIndicator::option).collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    TrackingDraft draft() {
        return new TrackingDraft(owner == null ? null : owner.id(), status, notPursuedReason,
                ids(milestones), ids(indicators));
    }

    private static Set<Long> ids(Set<PickerOption> options) {
        return options == null ? Set.of() : options.stream().map(PickerOption::id).collect(Collectors.toSet());
    }
}
