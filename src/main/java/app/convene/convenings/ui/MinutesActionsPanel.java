package app.convene.convenings.ui;

import app.convene.convenings.MinutesActions;
import app.convene.convenings.internal.MinutesQueries.ActionRow;
import app.convene.convenings.internal.MinutesQueries.PersonRow;
import app.convene.shared.ValidationError;
import app.convene.shared.ui.DateTimes;
import app.convene.shared.ui.FieldErrors;
import app.convene.shared.ui.FormError;
import app.convene.shared.ui.PageSection;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import app.convene.workgroups.WorkgroupSummary;
import java.util.List;
import java.util.function.LongSupplier;
import org.springframework.security.access.AccessDeniedException;

/**
 * The action items beside the minutes: what, who, by when; the host adds them while the minutes are not
 * approved and turns each into a workgroup action item or a milestone (once), shown linked here.
 */
class MinutesActionsPanel extends Section {

    final TextField what = new TextField();
    final ComboBox<PersonRow> owner = new ComboBox<>();
    final DatePicker due = new DatePicker();
    final Button add = new Button();
    final Select<WorkgroupSummary> workgroup = new Select<>();
    final FormError error = new FormError();
    private final MinutesActions actions;
    private final Runnable changed;

    MinutesActionsPanel(MinutesActions actions, long conveningId, List<ActionRow> rows, boolean adding, boolean host,
                        DateTimes dates, Runnable changed) {
        this.actions = actions;
        this.changed = changed;
        PageSection.titled(this, "minutes-actions", getTranslation("minutes.actions"));
        error.setId("minutes-actions-error");
        add(error);
        if (host && rows.stream().anyMatch(r -> r.workgroupNoteId() == null && r.milestoneId() == null)) {
            workgroup.setLabel(getTranslation("minutes.workgroup"));
            workgroup.setItemLabelGenerator(WorkgroupSummary::name);
            List<WorkgroupSummary> choices = actions.workgroups(conveningId);
            workgroup.setItems(choices);
            if (!choices.isEmpty()) {
                workgroup.setValue(choices.getFirst());
            }
            add(workgroup);
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("cv-minutes-actions");
        for (ActionRow row : rows) {
            ListItem item = new ListItem(new Span(getTranslation("minutes.actionLine", row.what(),
                    row.owner() == null ? getTranslation("minutes.noOwner") : row.owner(), dates.date(row.due(), getLocale()))));
            if (row.workgroupNoteId() != null) {
                item.add(new Span(" · " + getTranslation("minutes.linkedToWorkgroup")));
            } else if (row.milestoneId() != null) {
                item.add(new Span(" · " + getTranslation("minutes.linkedToMilestone")));
            } else if (host) {
                Button toWorkgroup = new Button(getTranslation("minutes.toWorkgroup"),
                        e -> act(() -> actions.toWorkgroupAction(row.id(),
                                workgroup.getValue() == null ? null : workgroup.getValue().id())));
                Button toMilestone = new Button(getTranslation("minutes.toMilestone"),
                        e -> act(() -> actions.toMilestone(row.id())));
                toWorkgroup.getElement().setAttribute("aria-label", getTranslation("minutes.toWorkgroupOf", row.what()));
                toMilestone.getElement().setAttribute("aria-label", getTranslation("minutes.toMilestoneOf", row.what()));
                item.add(toWorkgroup, toMilestone);
            }
            list.add(item);
        }
        if (rows.isEmpty()) {
            add(new Paragraph(getTranslation("minutes.noActions")));
        } else {
            add(list);
        }
        if (adding) {
            what.setLabel(getTranslation("minutes.what"));
            what.setMaxLength(200);
            owner.setLabel(getTranslation("minutes.owner"));
            owner.setItemLabelGenerator(p -> p.email() == null ? p.name() : p.name() + " <" + p.email() + ">");
            owner.setItems(query -> actions.owners(conveningId, query.getFilter().orElse(""), query.getOffset(),
                    query.getLimit()).stream());
            owner.setClearButtonVisible(true);
            due.setLabel(getTranslation("minutes.due"));
            add.setText(getTranslation("minutes.addAction"));
            add.addClickListener(e -> act(() -> actions.add(conveningId, what.getValue(),
                    owner.getValue() == null ? null : owner.getValue().id(), due.getValue())));
            FieldErrors.manual(what, owner, due);
            FlexLayout form = new FlexLayout(what, owner, due, add);
            form.setFlexWrap(FlexLayout.FlexWrap.WRAP);
            form.setAlignItems(FlexLayout.Alignment.BASELINE);
            form.getStyle().set("gap", "var(--lumo-space-m)");
            add(form);
        }
    }

    private void act(LongSupplier change) {
        FieldErrors.clear(what, owner, due);
        error.clear();
        try {
            change.getAsLong();
        } catch (ValidationError e) {
            String message = getTranslation(e.messageKey(), e.params());
            switch (e.field() == null ? "" : e.field()) {
                case "what" -> FieldErrors.show(what, message);
                case "workgroup" -> {
                    workgroup.setErrorMessage(message);
                    workgroup.setInvalid(true);
                }
                case "owner", "actionOwnerId", "ownerPerson" -> FieldErrors.show(owner, message);
                case "due" -> FieldErrors.show(due, message);
                default -> error.show(message);
            }
            return;
        } catch (AccessDeniedException e) {
            error.show(getTranslation("minutes.error.notAllowed"));
            return;
        }
        changed.run();
    }
}
