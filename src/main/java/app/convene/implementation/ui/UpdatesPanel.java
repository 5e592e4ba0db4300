package app.convene.implementation.ui;

import app.convene.implementation.ImplementationService;
import app.convene.implementation.ProgressUpdate;
import app.convene.shared.ValidationError;
import app.convene.shared.ui.DateTimes;
import app.convene.shared.ui.FieldErrors;
import app.convene.shared.ui.Notices;
import app.convene.shared.ui.PagedList;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import java.time.LocalDate;

/**
 * Dated progress updates, newest first, read a page at a time; coordinators and committee members add one.
 * Updates are append-only: nothing here changes or removes one.
 */
class UpdatesPanel extends Div {

    static final int PAGE = 5;

    /** The add form's content. */
    public record UpdateFields(LocalDate on, String text) {
    }

    private final ImplementationService service;
    private final DateTimes dateTimes;
    private final long recommendationId;
    private final Runnable added;
    private final Binder<UpdateFields> binder = new Binder<>(UpdateFields.class);
    final DatePicker on = new DatePicker();
    final TextArea text = new TextArea();
    final Button add = new Button();
    PagedList<ProgressUpdate> list;

    UpdatesPanel(ImplementationService service, DateTimes dateTimes, long recommendationId, boolean mayAdd,
                 Runnable added) {
        this.service = service;
        this.dateTimes = dateTimes;
        this.recommendationId = recommendationId;
        this.added = added;
        add(new H3(getTranslation("implementation.updates")));
        if (mayAdd) {
            on.setLabel(getTranslation("implementation.update.on"));
            on.setMax(dateTimes.today());
            on.setI18n(new DatePicker.DatePickerI18n().setMaxErrorMessage(getTranslation("implementation.error.future")));
            text.setLabel(getTranslation("implementation.update.text"));
            text.setMaxLength(2000);
            text.setHelperText(getTranslation("implementation.update.text.help"));
            text.setWidthFull();
            FieldErrors.manual(on, text);
            binder.forField(on).asRequired(getTranslation("implementation.error.required")).bind("on");
            binder.forField(text).asRequired(getTranslation("implementation.error.required")).bind("text");
            binder.readRecord(new UpdateFields(dateTimes.today(), ""));
            add.setText(getTranslation("implementation.update.add"));
            add.addClickListener(click -> addUpdate());
            Div form = new Div(on, text, add);
            form.addClassName("cv-form");
            add(form);
        }
        showList();
    }

    private void showList() {
        if (list != null) {
            remove(list);
        }
        list = new PagedList<>(page -> service.updates(recommendationId, page), this::render, PAGE,
                getTranslation("implementation.updates.more"));
        add(list);
        if (list.itemCount() == 0) {
            list.add(new Paragraph(getTranslation("implementation.updates.none")));
        }
    }

    private Component render(ProgressUpdate u) {
        Div item = new Div(new Paragraph(getTranslation("implementation.update.line",
                dateTimes.date(u.on(), getLocale()), u.author())), new Paragraph(u.text()));
        item.addClassName("cv-update");
        return item;
    }

    void addUpdate() {
        FieldErrors.clear(on, text);
        UpdateFields fields;
        try {
            fields = binder.writeRecord();
        } catch (ValidationException e) {
            return;
        }
        try {
            service.addUpdate(recommendationId, fields.on(), fields.text());
        } catch (ValidationError e) {
            FieldErrors.show("on".equals(e.field()) ? on : text, getTranslation(e.messageKey(), e.params()));
            return;
        }
        Notices.success(getTranslation("implementation.update.added"));
        binder.readRecord(new UpdateFields(dateTimes.today(), ""));
        showList();
        added.run();
    }
}
