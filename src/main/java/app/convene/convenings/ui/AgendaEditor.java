package app.convene.convenings.ui;

import app.convene.convenings.Agenda;
import app.convene.convenings.AgendaItemDraft;
import app.convene.convenings.AgendaService;
import app.convene.convenings.ConveningItem;
import app.convene.shared.ValidationError;
import app.convene.shared.ui.FormError;
import app.convene.shared.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Edits a convening's agenda: items in order with minutes, presenter and a pre-work link; warns when it overruns. */
class AgendaEditor extends Section {

    private final AgendaService agendas;
    private final List<Row> rows = new ArrayList<>();
    private final OrderedList list = new OrderedList();
    private final Div warning = new Div();
    final FormError message = new FormError();
    final H2 heading = new H2();
    private ConveningItem convening;

    /** One item's fields. */
    final class Row {
        final TextField title = new TextField(getTranslation("agenda.itemTitle"));
        final IntegerField minutes = new IntegerField(getTranslation("agenda.minutes"));
        final TextField presenter = new TextField(getTranslation("agenda.presenter"));
        final TextField preWorkTitle = new TextField(getTranslation("agenda.preWorkTitle"));
        final TextField preWorkUrl = new TextField(getTranslation("agenda.preWorkUrl"));

        AgendaItemDraft draft() {
            return new AgendaItemDraft(title.getValue(), Objects.requireNonNullElse(minutes.getValue(), 0),
                    presenter.getValue(), preWorkTitle.getValue(), preWorkUrl.getValue());
        }
    }

    AgendaEditor(AgendaService agendas) {
        this.agendas = agendas;
        setId("agenda-editor");
        heading.setId("agenda-editor-heading");
        getElement().setAttribute("aria-labelledby", "agenda-editor-heading");
        addClassName("cv-detail");
        Button addItem = new Button(getTranslation("agenda.add"), click -> {
            rows.add(new Row());
            redraw();
            rows.getLast().title.focus();
        });
        addItem.setId("agenda-add");
        Button save = new Button(getTranslation("agenda.save"), click -> save());
        save.setId("agenda-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button close = new Button(getTranslation("convening.close"), click -> setVisible(false));
        close.setId("agenda-close");
        Div buttons = new Div(addItem, save, close);
        buttons.addClassName("cv-buttons");
        add(heading, warning, list, message, buttons);
        setVisible(false);
    }

    void open(ConveningItem c) {
        convening = c;
        heading.setText(getTranslation("agenda.editing", c.title()));
        rows.clear();
        Agenda agenda = agendas.agenda(c.id());
        for (AgendaItemDraft item : agenda.items()) {
            Row row = new Row();
            row.title.setValue(item.title());
            row.minutes.setValue(item.minutes());
            row.presenter.setValue(Objects.requireNonNullElse(item.presenter(), ""));
            row.preWorkTitle.setValue(Objects.requireNonNullElse(item.preWorkTitle(), ""));
            row.preWorkUrl.setValue(Objects.requireNonNullElse(item.preWorkUrl(), ""));
            rows.add(row);
        }
        showWarning(agenda);
        message.clear();
        redraw();
        setVisible(true);
    }

    List<Row> rows() {
        return rows;
    }

    private void redraw() {
        list.removeAll();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            int at = i;
            row.title.setId("agenda-title-" + i);
            row.minutes.setId("agenda-minutes-" + i);
            row.presenter.setId("agenda-presenter-" + i);
            row.preWorkTitle.setId("agenda-prework-title-" + i);
            row.preWorkUrl.setId("agenda-prework-url-" + i);
            Button up = new Button(getTranslation("agenda.up"), click -> {
                rows.add(at - 1, rows.remove(at));
                redraw();
            });
            up.setId("agenda-up-" + i);
            up.setEnabled(i > 0);
            up.setAriaLabel(getTranslation("agenda.upItem", i + 1));
            Button remove = new Button(getTranslation("agenda.remove"), click -> {
                rows.remove(at);
                redraw();
            });
            remove.setId("agenda-remove-" + i);
            remove.setAriaLabel(getTranslation("agenda.removeItem", i + 1));
            Div fields = new Div(row.title, row.minutes, row.presenter, row.preWorkTitle, row.preWorkUrl, up, remove);
            fields.addClassName("cv-form-row");
            list.add(new ListItem(fields));
        }
    }

    private void showWarning(Agenda agenda) {
        warning.removeAll();
        if (agenda.overruns()) {
            warning.add(AgendaWarning.of(agenda, this, "agenda-warning"));
        }
    }

    void save() {
        message.clear();
        try {
            Agenda saved = agendas.save(convening.id(), rows.stream().map(Row::draft).toList());
            showWarning(saved);
            Notices.success(getTranslation("agenda.saved"));
        } catch (ValidationError e) {
            message.show(getTranslation(e.messageKey(), e.params()));
        }
    }
}
