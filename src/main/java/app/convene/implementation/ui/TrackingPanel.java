package app.convene.implementation.ui;

import app.convene.implementation.ImplementationService;
import app.convene.implementation.ImplementationStatus;
import app.convene.implementation.ImplementationTracking;
import app.convene.implementation.PickerOption;
import app.convene.shared.ui.DateTimes;
import app.convene.shared.ui.PageSection;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * A published recommendation's implementation on its page: where it stands (status, owner, reason, linked
 * milestones, linked indicators with their latest value and target) for members; the tracking form for coordinators; the progress updates.
 */
class TrackingPanel extends Section {

    private final DateTimes dateTimes;
    final Div summary = new Div();
    final TrackingForm form;
    final UpdatesPanel updates;

    TrackingPanel(ImplementationService service, DateTimes dateTimes, ImplementationTracking tracking,
                  boolean mayTrack, boolean mayReport) {
        this.dateTimes = dateTimes;
        PageSection.titled(this, "implementation", getTranslation("implementation.title"));
        summary.addClassName("cv-implementation");
        summary.getElement().setAttribute("aria-live", "polite");
        add(summary);
        show(tracking);
        form = mayTrack ? new TrackingForm(service, tracking, this::show) : null;
        if (form != null) {
            add(form);
        }
        updates = new UpdatesPanel(service, dateTimes, tracking.recommendationId(), mayReport, () -> { });
        add(updates);
    }

    /** Shows the tracking as saved. */
    void show(ImplementationTracking t) {
        summary.removeAll();
        summary.add(new Paragraph(getTranslation("implementation.statusLine",
                getTranslation("implementation.status." + t.status().name()))));
        if (t.status() == ImplementationStatus.NOT_PURSUED && t.notPursuedReason() != null) {
            summary.add(new Paragraph(getTranslation("implementation.reasonLine", t.notPursuedReason())));
        }
        summary.add(new Paragraph(t.owner() == null ? getTranslation("implementation.noOwner")
                : getTranslation("implementation.ownerLine", t.owner().label())));
        if (t.milestones().isEmpty()) {
            summary.add(new Paragraph(getTranslation("implementation.noMilestones")));
        } else {
            UnorderedList list = new UnorderedList();
            t.milestones().stream().map(PickerOption::label).map(ListItem::new).forEach(list::add);
            summary.add(new Paragraph(getTranslation("implementation.milestonesLine")), list);
        }
        summary.add(LinkedIndicators.of(t.indicators(), dateTimes, getLocale()));
        if (t.changedAt() != null) {
            summary.add(new Paragraph(getTranslation("implementation.changedLine",
                    dateTimes.date(t.changedAt(), getLocale()))));
        }
    }
}
