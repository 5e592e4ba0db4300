package app.convene.workgroups.ui;

import app.convene.shared.ValidationError;
import app.convene.shared.i18n.ConveneI18NProvider;
import app.convene.shared.ui.DateTimes;
import app.convene.shared.ui.FieldErrors;
import app.convene.shared.ui.Notices;
import app.convene.workgroups.MemberItem;
import app.convene.workgroups.NewNote;
import app.convene.workgroups.NoteKind;
import app.convene.workgroups.WorkgroupNoteService;
import app.convene.workgroups.WorkgroupService;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.data.domain.PageRequest;

/** The leads' form for a new note, decision or action item (an action item names an owner and a due date). */
class NoteEditor extends Div {

    /** The form's content, turned into a {@link NewNote} when saved. */
    static final class NoteForm {
        NoteKind kind = NoteKind.MEETING;
        String title = "";
        String body = "";
        LocalDate date;
        MemberItem owner;
        LocalDate due;

        NewNote toNewNote() {
            return new NewNote(kind, title, body, date, owner == null ? null : owner.personId(), due);
        }
    }

    private final WorkgroupNoteService notes;
    private final DateTimes dates;
    private final long workgroupId;
    private final Runnable added;
    private final Binder<NoteForm> binder = new Binder<>();
    final Select<NoteKind> kind = new Select<>();
    final TextField title = new TextField();
    final DatePicker date = new DatePicker();
    final TextArea body = new TextArea();
    final ComboBox<MemberItem> actionOwner = new ComboBox<>();
    final DatePicker actionDue = new DatePicker();
    final Button add = new Button();

    NoteEditor(WorkgroupNoteService notes, WorkgroupService workgroups, DateTimes dates, long workgroupId, Runnable added) {
        this.notes = notes;
        this.dates = dates;
        this.workgroupId = workgroupId;
        this.added = added;
        Locale locale = ConveneI18NProvider.supported(getLocale());
        kind.setLabel(getTranslation("note.kind"));
        kind.setItems(NoteKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("note.kind." + k.name()));
        kind.addValueChangeListener(e -> {
            boolean action = e.getValue() == NoteKind.ACTION;
            actionOwner.setVisible(action);
            actionDue.setVisible(action);
        });
        title.setLabel(getTranslation("note.title"));
        title.setMaxLength(200);
        title.setI18n(new TextField.TextFieldI18n().setMaxLengthErrorMessage(getTranslation("note.error.title")));
        date.setLabel(getTranslation("note.date"));
        date.setLocale(locale);
        body.setLabel(getTranslation("note.body"));
        body.setHelperText(getTranslation("note.body.help"));
        body.setMaxLength(20_000);
        body.setI18n(new TextArea.TextAreaI18n().setMaxLengthErrorMessage(getTranslation("note.error.body")));
        body.setWidthFull();
        actionOwner.setLabel(getTranslation("note.owner"));
        actionOwner.setItemLabelGenerator(MemberItem::name);
        actionOwner.setItems(query -> workgroups.members(workgroupId, PageRequest.of(query.getPage(),
                query.getPageSize())).stream().filter(m -> m.name().toLowerCase().contains(
                query.getFilter().orElse("").toLowerCase())));
        actionOwner.setVisible(false);
        actionDue.setLabel(getTranslation("note.due"));
        actionDue.setVisible(false);
        actionDue.setLocale(locale);
        bind();
        add.setText(getTranslation("note.add"));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(click -> save());
        Div row = new Div(kind, title, date, actionOwner, actionDue);
        row.addClassName("cv-form-row");
        add(new H2(getTranslation("note.new")), row, body, add);
        addClassName("cv-detail");
    }

    private void bind() {
        binder.forField(kind).bind(f -> f.kind, (f, v) -> f.kind = v);
        binder.forField(title).asRequired(getTranslation("note.error.title"))
                .withValidator(new StringLengthValidator(getTranslation("note.error.title"), 1, 200))
                .bind(f -> f.title, (f, v) -> f.title = v);
        binder.forField(date).asRequired(getTranslation("note.error.date")).bind(f -> f.date, (f, v) -> f.date = v);
        binder.forField(body).withValidator(new StringLengthValidator(getTranslation("note.error.body"), 0, 20_000))
                .bind(f -> f.body, (f, v) -> f.body = v);
        binder.forField(actionOwner)
                .withValidator(owner -> kind.getValue() != NoteKind.ACTION || owner != null && actionDue.getValue() != null,
                        getTranslation("note.error.action"))
                .bind(f -> f.owner, (f, v) -> f.owner = v);
        binder.forField(actionDue).bind(f -> f.due, (f, v) -> f.due = v);
        binder.readBean(emptyForm());
    }

    private NoteForm emptyForm() {
        NoteForm form = new NoteForm();
        form.date = dates.today();
        return form;
    }

    void save() {
        NoteForm form = new NoteForm();
        if (!binder.writeBeanIfValid(form)) {
            return;
        }
        try {
            notes.addNote(workgroupId, form.toNewNote());
        } catch (ValidationError e) {
            FieldErrors.show(fieldOf(e.field()), getTranslation(e.messageKey(), e.params()));
            return;
        }
        NoteForm next = emptyForm();
        next.kind = form.kind;
        next.date = form.date;
        binder.readBean(next);
        Notices.success(getTranslation("note.added"));
        added.run();
    }

    private HasValidation fieldOf(String property) {
        return switch (property == null ? "" : property) {
            case "date" -> date;
            case "body" -> body;
            case "actionOwnerId", "actionComplete" -> actionOwner;
            case "actionDue" -> actionDue;
            default -> title;
        };
    }
}
