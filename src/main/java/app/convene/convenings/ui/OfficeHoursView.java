package app.convene.convenings.ui;

import app.convene.convenings.OfficeHourService;
import app.convene.convenings.OfficeHourService.Board;
import app.convene.convenings.OfficeHourService.Slot;
import app.convene.convenings.OfficeHourOrganization;
import app.convene.convenings.internal.OfficeHourQueries.Usage;
import app.convene.security.PersonService;
import app.convene.security.PersonSummary;
import app.convene.shared.ValidationError;
import app.convene.shared.ui.FieldErrors;
import app.convene.shared.ui.FormError;
import app.convene.shared.ui.MainLayout;
import app.convene.shared.ui.PageSection;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;

/**
 * The office hours' management page (whoever manages the convening; "not found" for anyone else): publish an
 * expert's slots, see every slot with its booking, withdraw a free slot, cancel a booking or book for one of the
 * initiative's organizations, set the allowance per organization and see what each has left.
 */
@Route(value = "convenings/:id/office-hours", layout = MainLayout.class)
@PermitAll
class OfficeHoursView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final OfficeHourService officeHours;
    private final PersonService persons;
    final ComboBox<PersonSummary> expert = new ComboBox<>();
    final DatePicker date = new DatePicker();
    final TimePicker time = new TimePicker();
    final IntegerField minutes = new IntegerField();
    final IntegerField count = new IntegerField();
    final Button publish = new Button();
    final FormError formError = new FormError();
    final Paragraph outcome = new Paragraph();
    final ComboBox<OfficeHourOrganization> organization = new ComboBox<>();
    final Grid<Slot> grid = new Grid<>();
    final IntegerField allowance = new IntegerField();
    final Button saveAllowance = new Button();
    final UnorderedList usage = new UnorderedList();
    private Board board;
    private long initiativeId;
    private String title = "";

    OfficeHoursView(OfficeHourService officeHours, PersonService persons) {
        this.officeHours = officeHours;
        this.persons = persons;
        addClassName("cv-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<Long> id = event.getRouteParameters().get("id").filter(s -> s.matches("\\d{1,18}")).map(Long::valueOf);
        Optional<Board> found = id.flatMap(officeHours::board).filter(Board::manager);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        board = found.get();
        initiativeId = board.initiativeId();
        title = getTranslation("officeHours.manage.title", board.title());
        outcome.setId("office-hours-outcome");
        outcome.getElement().setAttribute("role", "status");
        formError.setId("office-hours-error");
        add(new H1(title), outcome, formError, publishing(), slots(), allowances());
    }

    private Section publishing() {
        Section section = PageSection.create("office-hours-publish", getTranslation("officeHours.manage.publish"));
        expert.setLabel(getTranslation("officeHours.manage.expert"));
        expert.setId("office-hours-expert");
        expert.setRequiredIndicatorVisible(true);
        expert.setItemLabelGenerator(PersonSummary::label);
        expert.setItems(query -> persons.search(initiativeId, query.getFilter().orElse(""),
                PageRequest.of(query.getPage(), query.getPageSize())).stream());
        date.setLabel(getTranslation("officeHours.manage.date"));
        date.setId("office-hours-date");
        date.setRequiredIndicatorVisible(true);
        time.setLabel(getTranslation("officeHours.manage.time"));
        time.setId("office-hours-time");
        time.setRequiredIndicatorVisible(true);
        minutes.setLabel(getTranslation("officeHours.manage.minutes"));
        minutes.setId("office-hours-minutes");
        minutes.setValue(60);
        count.setLabel(getTranslation("officeHours.manage.count"));
        count.setId("office-hours-count");
        count.setValue(1);
        FieldErrors.manual(expert, date, time, minutes, count);
        publish.setText(getTranslation("officeHours.manage.publishButton"));
        publish.setId("office-hours-publish-button");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClickListener(click -> publish());
        HorizontalLayout when = new HorizontalLayout(date, time, minutes, count);
        when.setWrap(true);
        section.add(expert, when, publish);
        return section;
    }

    private void publish() {
        FieldErrors.clear(expert, date, time, minutes, count);
        if (expert.getValue() == null) {
            FieldErrors.show(expert, getTranslation("officeHours.error.required"));
            return;
        }
        LocalDateTime start = date.getValue() == null || time.getValue() == null ? null
                : date.getValue().atTime(time.getValue());
        int n = count.getValue() == null ? 0 : count.getValue();
        act(() -> officeHours.publish(board.conveningId(), expert.getValue().id(), start,
                minutes.getValue() == null ? 0 : minutes.getValue(), n), getTranslation("officeHours.manage.published", n));
    }

    private Section slots() {
        Section section = PageSection.create("office-hours-bookings", getTranslation("officeHours.manage.slots"));
        organization.setLabel(getTranslation("officeHours.manage.bookFor"));
        organization.setId("office-hours-organization");
        organization.setItemLabelGenerator(OfficeHourOrganization::name);
        organization.setItems(query -> officeHours.organizations(board.conveningId(), query.getFilter().orElse(""),
                query.getOffset(), query.getLimit()).stream());
        organization.setClearButtonVisible(true);
        FieldErrors.manual(organization);
        grid.setId("office-hours-slots");
        grid.setAriaLabel(getTranslation("officeHours.manage.slots"));
        grid.addColumn(s -> when(s)).setHeader(getTranslation("officeHours.part.when")).setAutoWidth(true);
        grid.addColumn(s -> getTranslation("officeHours.part.minutes", s.minutes()))
                .setHeader(getTranslation("officeHours.part.length")).setAutoWidth(true);
        grid.addColumn(Slot::expert).setHeader(getTranslation("officeHours.part.expert")).setAutoWidth(true);
        grid.addColumn(s -> s.booked() ? s.organization() : getTranslation("officeHours.part.free"))
                .setHeader(getTranslation("officeHours.part.status")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setKey("actions").setHeader(getTranslation("officeHours.part.action"))
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setHeight("26rem");
        grid.setItems(query -> officeHours.slots(board.conveningId(), query.getOffset(), query.getLimit()).stream());
        section.add(organization, grid);
        return section;
    }

    private Component actions(Slot slot) {
        HorizontalLayout actions = new HorizontalLayout();
        if (slot.mayCancel()) {
            actions.add(button("officeHours.part.cancel", "officeHours.part.cancelLabel", slot, "cancel",
                    () -> officeHours.cancel(slot.id()), getTranslation("officeHours.part.cancelled")));
        }
        if (slot.mayWithdraw()) {
            actions.add(button("officeHours.manage.bookButton", "officeHours.part.bookLabel", slot, "book-for",
                    () -> bookFor(slot), getTranslation("officeHours.part.done", when(slot))));
            actions.add(button("officeHours.manage.withdraw", "officeHours.manage.withdrawLabel", slot, "withdraw",
                    () -> officeHours.withdraw(slot.id()), ""));
        }
        return actions;
    }

    private void bookFor(Slot slot) {
        if (organization.getValue() == null) {
            throw new ValidationError("organization", "officeHours.error.organization");
        }
        officeHours.bookFor(slot.id(), organization.getValue().id());
    }

    private Button button(String textKey, String labelKey, Slot slot, String id, Runnable change, String done) {
        Button button = new Button(getTranslation(textKey), click -> act(change, done));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.setAriaLabel(getTranslation(labelKey, when(slot)));
        button.setId("office-hours-" + id + "-" + slot.id());
        return button;
    }

    private Section allowances() {
        Section section = PageSection.create("office-hours-usage", getTranslation("officeHours.manage.usage"));
        allowance.setLabel(getTranslation("officeHours.manage.allowance"));
        allowance.setId("office-hours-allowance-field");
        allowance.setValue(board.allowanceMinutes());
        FieldErrors.manual(allowance);
        saveAllowance.setText(getTranslation("officeHours.manage.allowanceSave"));
        saveAllowance.setId("office-hours-allowance-save");
        saveAllowance.addClickListener(click -> act(() -> officeHours.setAllowance(board.conveningId(),
                allowance.getValue() == null ? -1 : allowance.getValue()),
                getTranslation("officeHours.manage.allowanceSaved")));
        usage.setId("office-hours-usage-list");
        section.add(allowance, saveAllowance, usage);
        showUsage();
        return section;
    }

    private void showUsage() {
        usage.removeAll();
        int allowed = board.allowanceMinutes();
        for (Usage u : officeHours.usage(board.conveningId())) {
            usage.add(new ListItem(getTranslation("officeHours.manage.usageRow", u.organization(), u.minutes(), allowed,
                    Math.max(0, allowed - u.minutes()))));
        }
        if (usage.getChildren().findAny().isEmpty()) {
            usage.add(new ListItem(getTranslation("officeHours.manage.noBookings")));
        }
    }

    private void act(Runnable change, String done) {
        FieldErrors.clear(expert, date, time, minutes, count, organization, allowance);
        formError.clear();
        outcome.setText("");
        try {
            change.run();
            outcome.setText(done);
        } catch (ValidationError e) {
            String message = getTranslation(e.messageKey(), e.params());
            HasValidation field = switch (e.field() == null ? "" : e.field()) {
                case "expert" -> expert;
                case "start" -> date.getValue() == null ? date : time;
                case "minutes" -> minutes;
                case "count" -> count;
                case "organization" -> organization;
                case "allowance" -> allowance;
                default -> null;
            };
            if (field == null) {
                formError.show(message);
            } else {
                FieldErrors.show(field, message);
            }
        }
        board = officeHours.board(board.conveningId()).orElse(board);
        grid.getDataProvider().refreshAll();
        showUsage();
    }

    private String when(Slot slot) {
        return ConveningTimes.at(slot.startsAt().atZone(board.zone()), getLocale());
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
