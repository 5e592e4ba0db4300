package app.convene.timeline.ui;

import app.convene.security.Action;
import app.convene.security.Authorization;
import app.convene.shared.ValidationError;
import app.convene.shared.ui.DateTimes;
import app.convene.shared.ui.FieldErrors;
import app.convene.shared.ui.FormError;
import app.convene.shared.ui.Notices;
import app.convene.shared.ui.PersonNames;
import app.convene.timeline.MilestoneInUseException;
import app.convene.timeline.MilestoneItem;
import app.convene.timeline.MilestoneService;
import app.convene.timeline.MilestoneStatus;
import app.convene.timeline.ProgressEntry;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The selected milestone: its description, the status change with a progress note (coordinators and the
 * owning workgroup's leads), cancelling with a reason, editing and deleting (coordinators), and its history.
 */
class MilestonePanel extends Div {

    /** A status change as the panel's form holds it. */
    public record StatusChange(MilestoneStatus status, String note) {
    }

    private final MilestoneService milestones;
    private final Authorization authorization;
    private final DateTimes dateTimes;
    private final long initiativeId;
    /** Opens the coordinators' form on a milestone (null for everyone else), and clears it if it was built. */
    private final Consumer<MilestoneItem> edit;
    private final Runnable forgetForm;
    private final Runnable changed;
    private final Runnable stale;
    /**
     * The status change's fields and binder, built the first time a milestone is shown to someone who may update it
     * (decision 0077): every visit to the timeline built them, a sixth of the page, and most visits select nothing.
     */
    private Binder<StatusChange> binder;
    Select<MilestoneStatus> newStatus;
    TextArea progressNote;
    final FormError statusMessage = new FormError();
    /** The open confirmation (cancel or delete a milestone), and the reason typed into it. */
    ConfirmDialog confirm;
    TextArea cancelReason;

    /**
     * @param edit opens the coordinators' milestone form on a milestone, or {@code null} for everyone else
     * @param forgetForm after a deletion or cancellation: the form, if it was built, starts a new milestone
     * @param changed after a change was saved: the timeline shows it afresh
     * @param stale after a refusal because someone else changed it: the timeline reloads its milestones
     */
    MilestonePanel(MilestoneService milestones, Authorization authorization, DateTimes dateTimes, long initiativeId,
                   Consumer<MilestoneItem> edit, Runnable forgetForm, Runnable changed, Runnable stale) {
        this.milestones = milestones;
        this.authorization = authorization;
        this.dateTimes = dateTimes;
        this.initiativeId = initiativeId;
        this.edit = edit;
        this.forgetForm = forgetForm;
        this.changed = changed;
        this.stale = stale;
    }

    private void buildStatusFields() {
        binder = new Binder<>(StatusChange.class);
        newStatus = new Select<>();
        progressNote = new TextArea();
        newStatus.setLabel(getTranslation("timeline.newStatus"));
        newStatus.setId("milestone-new-status");
        newStatus.setItems(MilestoneForm.statusesToChoose(false));
        newStatus.setItemLabelGenerator(s -> getTranslation("milestone.status." + s.name()));
        progressNote.setLabel(getTranslation("timeline.progressNote"));
        progressNote.setMaxLength(1000);
        progressNote.setWidthFull();
        FieldErrors.manual(newStatus, progressNote);
        binder.setDefaultValidatorsEnabled(false); // the note's own length check has no message: ours has
        binder.forField(newStatus).bind("status");
        binder.forField(progressNote).withValidator(note -> note.length() <= 1000, getTranslation("milestone.error.note"))
                .bind("note");
    }

    /** Shows the milestone, or nothing. */
    void show(MilestoneItem milestone) {
        removeAll();
        if (milestone == null) {
            return;
        }
        addClassName("cv-detail");
        add(new H2(milestone.title()));
        if (milestone.description() != null) {
            add(new Paragraph(milestone.description()));
        }
        boolean mayUpdate = milestone.ownerWorkgroupId() != null
                && authorization.canInWorkgroup(Action.UPDATE_MILESTONE_STATUS, milestone.ownerWorkgroupId())
                || authorization.can(Action.UPDATE_MILESTONE_STATUS, initiativeId);
        if (mayUpdate) {
            if (binder == null) {
                buildStatusFields();
            }
            boolean cancelled = milestone.status() == MilestoneStatus.CANCELLED;
            binder.readRecord(new StatusChange(cancelled ? MilestoneStatus.PLANNED : milestone.status(), ""));
            FieldErrors.clear(newStatus, progressNote);
            statusMessage.clear();
            Button save = new Button(getTranslation(cancelled ? "milestone.reopen" : "timeline.saveStatus"),
                    click -> saveStatus(milestone));
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.setId("milestone-save-status");
            add(newStatus, progressNote, statusMessage, save);
            if (!cancelled) {
                Button cancel = new Button(getTranslation("milestone.cancel"), click -> confirmCancel(milestone));
                cancel.setId("milestone-cancel");
                add(cancel);
            }
        }
        if (edit != null) {
            Button change = new Button(getTranslation("milestone.edit"), click -> edit.accept(milestone));
            change.setId("milestone-edit");
            Button delete = new Button(getTranslation("milestone.delete"), click -> confirmDelete(milestone));
            delete.setId("milestone-delete");
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            add(change, delete);
        }
        UnorderedList history = new UnorderedList();
        DateTimeFormatter format = dateTimes.dateTimes(getLocale());
        for (ProgressEntry entry : milestones.history(milestone.id())) {
            history.add(new ListItem(format.format(entry.at()) + " · " + PersonNames.shown(this, entry.actor()) + " · "
                    + getTranslation("milestone.status." + entry.status().name()) + (entry.note() == null ? "" : " — " + entry.note())));
        }
        add(new H2(getTranslation("timeline.history")), history);
    }

    void saveStatus(MilestoneItem milestone) {
        FieldErrors.clear(newStatus, progressNote);
        statusMessage.clear();
        StatusChange change;
        try {
            change = binder.writeRecord();
        } catch (ValidationException e) {
            return;
        }
        try {
            milestones.updateStatus(milestone.id(), milestone.version(), change.status(), change.note());
        } catch (OptimisticLockingFailureException e) {
            statusMessage.show(getTranslation("timeline.conflict"));
            stale.run();
            return;
        } catch (ValidationError e) {
            String text = getTranslation(e.messageKey(), e.params());
            binder.getBinding(e.field() == null ? "" : e.field()).ifPresentOrElse(
                    binding -> FieldErrors.show((HasValidation) binding.getField(), text), () -> statusMessage.show(text));
            return;
        }
        Notices.success(getTranslation("timeline.statusSaved"));
        changed.run();
    }

    /** Asks for the reason, says what cancelling does, and cancels (a stale milestone is refused). */
    void confirmCancel(MilestoneItem milestone) {
        confirmCancel(milestone, false);
    }

    private void confirmCancel(MilestoneItem milestone, boolean reasonMissing) {
        cancelReason = new TextArea(getTranslation("milestone.cancel.reason"));
        cancelReason.setMaxLength(1000);
        cancelReason.setRequiredIndicatorVisible(true);
        cancelReason.setManualValidation(true);
        cancelReason.setWidthFull();
        if (reasonMissing) {
            FieldErrors.show(cancelReason, getTranslation("milestone.error.cancelReason"));
        }
        confirm = dialog(getTranslation("milestone.cancel.header", milestone.title()),
                new Div(new Paragraph(getTranslation("milestone.cancel.text")), cancelReason),
                getTranslation("milestone.cancel.confirm"), getTranslation("milestone.cancel.keep"));
        confirm.addConfirmListener(yes -> {
            if (cancelReason.getValue().isBlank()) {
                confirmCancel(milestone, true); // this dialog closes: ask again, saying what is missing
                return;
            }
            act(() -> milestones.cancel(milestone.id(), milestone.version(), cancelReason.getValue()), "milestone.cancelled");
        });
        confirm.open();
    }

    /** Says what deleting does, naming the milestones that depend on this one, and deletes. */
    void confirmDelete(MilestoneItem milestone) {
        List<String> dependents = milestones.dependents(milestone.id());
        Div text = new Div(new Paragraph(getTranslation("milestone.delete.text")));
        if (!dependents.isEmpty()) {
            text.add(new Paragraph(getTranslation("milestone.delete.dependents", String.join(", ", dependents))));
        }
        confirm = dialog(getTranslation("milestone.delete.header", milestone.title()), text,
                getTranslation("milestone.delete.confirm"), getTranslation("common.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        // Only the dependencies the dialog named are removed; one added meanwhile refuses the delete.
        confirm.addConfirmListener(yes -> act(() -> {
            if (!milestones.dependents(milestone.id()).equals(dependents)) {
                throw new MilestoneInUseException(milestones.dependents(milestone.id()));
            }
            milestones.delete(milestone.id(), milestone.version(), true);
        }, "milestone.deleted"));
        confirm.open();
    }

    private ConfirmDialog dialog(String header, Component text, String confirmText, String cancelText) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(header);
        dialog.setText(text);
        dialog.setConfirmText(confirmText);
        dialog.setCancelable(true);
        dialog.setCancelText(cancelText);
        add(dialog); // goes with the milestone's details when another is selected
        return dialog;
    }

    /** Runs a cancel or delete; a refusal is told by the milestone, success by a notice and a fresh timeline. */
    private void act(Runnable action, String doneKey) {
        try {
            action.run();
        } catch (OptimisticLockingFailureException e) {
            statusMessage.show(getTranslation("timeline.conflict"));
            return;
        } catch (MilestoneInUseException e) {
            statusMessage.show(getTranslation("milestone.error.inUse", String.join(", ", e.dependents())));
            return;
        } catch (ValidationError e) {
            statusMessage.show(getTranslation(e.messageKey(), e.params()));
            return;
        }
        Notices.success(getTranslation(doneKey));
        changed.run();
        forgetForm.run();
    }
}
