package app.convene.initiatives.ui;

import app.convene.initiatives.InitiativeAddresses;
import app.convene.initiatives.InitiativeDirectory;
import app.convene.initiatives.InitiativePage;
import app.convene.initiatives.InitiativeService;
import app.convene.security.Action;
import app.convene.security.Authorization;
import app.convene.security.InitiativeRole;
import app.convene.security.PersonService;
import app.convene.security.PersonSummary;
import app.convene.security.RoleAssignmentItem;
import app.convene.security.RoleService;
import app.convene.shared.ValidationError;
import app.convene.shared.ui.DateTimes;
import app.convene.shared.ui.FieldErrors;
import app.convene.shared.ui.MainLayout;
import app.convene.shared.ui.Notices;
import app.convene.shared.ui.Selects;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.data.domain.PageRequest;

/**
 * People and roles of one initiative: who holds which role, appointing and removing. Coordinators
 * appoint committee members, workgroup leads and stakeholders; administrators also coordinators.
 */
@Route(value = "initiatives/:slug/roles", layout = MainLayout.class)
@PermitAll
class RolesView extends InitiativePage {

    private final RoleService roles;
    private final PersonService persons;
    private final Authorization authorization;
    private final DateTimes dateTimes;

    /** An appointment as the form holds it. */
    public record Appointment(PersonSummary person, InitiativeRole role) {
    }

    private final Binder<Appointment> binder = new Binder<>(Appointment.class);
    final Grid<RoleAssignmentItem> grid = new Grid<>();
    final ComboBox<PersonSummary> person = new ComboBox<>();
    final Select<InitiativeRole> role = new Select<>();
    final Button appoint = new Button();
    /** Vaadin reuses this view between addresses of the same route: listeners are attached once. */
    private boolean wired;

    RolesView(InitiativeService initiatives, RoleService roles, PersonService persons, Authorization authorization,
              DateTimes dateTimes) {
        super(initiatives);
        this.dateTimes = dateTimes;
        this.roles = roles;
        this.persons = persons;
        this.authorization = authorization;
        addClassName("cv-wide");
    }

    @Override
    protected boolean mayEnter(InitiativeDirectory.InitiativeRef initiative) {
        return authorization.can(Action.VIEW_ROLES, initiative.id());
    }

    @Override
    protected void enter(BeforeEnterEvent event) {
        render();
    }

    private void render() {
        removeAll();
        Nav breadcrumb = breadcrumb(InitiativeAddresses.of(initiative.slug()), initiative.name());
        add(breadcrumb, new H1(getTranslation("roles.title")), new Paragraph(getTranslation("roles.intro")));
        List<InitiativeRole> assignable = roles.assignableRoles(initiative.id());
        if (!assignable.isEmpty()) {
            add(appointForm(assignable));
        }
        add(new H2(getTranslation("roles.holders")), holders());
    }

    private Component appointForm(List<InitiativeRole> assignable) {
        person.setLabel(getTranslation("roles.person"));
        person.setHelperText(getTranslation("roles.person.help"));
        person.setItemLabelGenerator(PersonSummary::label);
        person.setItems(query -> persons.search(initiative.id(), query.getFilter().orElse(""),
                PageRequest.of(query.getPage(), query.getPageSize())).stream());
        person.setWidth("22rem");
        person.setClearButtonVisible(true);

        role.setLabel(getTranslation("roles.role"));
        role.setItems(assignable);
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));

        appoint.setText(getTranslation("roles.appoint"));
        appoint.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (!wired) {
            FieldErrors.manual(person, role);
            binder.forField(person).asRequired(getTranslation("roles.person.required")).bind("person");
            binder.forField(role).asRequired(getTranslation("roles.role.required")).bind("role");
            Selects.required(role);
            appoint.addClickListener(click -> appoint());
            wired = true;
        }

        binder.readRecord(new Appointment(null, null));
        Div form = new Div(person, role, appoint);
        form.addClassName("cv-form-row");
        form.getElement().setAttribute("role", "group");
        form.getElement().setAttribute("aria-label", getTranslation("roles.appointTitle"));
        return form;
    }

    void appoint() {
        Appointment appointment;
        try {
            appointment = binder.writeRecord();
        } catch (ValidationException e) {
            return; // the binder shows what is missing by its field
        }
        PersonSummary chosen = appointment.person();
        String roleName = getTranslation("role." + appointment.role().name());
        boolean appointed;
        try {
            appointed = roles.appoint(initiative.id(), chosen.id(), appointment.role());
        } catch (ValidationError e) {
            FieldErrors.show(person, getTranslation(e.messageKey(), e.params()));
            return;
        }
        if (appointed) {
            Notices.success(getTranslation("roles.appointed", chosen.name(), roleName));
            binder.readRecord(new Appointment(null, appointment.role()));
            grid.getDataProvider().refreshAll();
        } else {
            Notices.error(getTranslation("roles.alreadyHolds", chosen.name(), roleName));
        }
    }

    private Component holders() {
        DateTimeFormatter format = dateTimes.dates(getLocale());
        grid.removeAllColumns();
        grid.addColumn(RoleAssignmentItem::personName).setHeader(getTranslation("roles.column.person")).setAutoWidth(true);
        grid.addColumn(r -> r.personEmail() == null ? "" : r.personEmail()).setHeader(getTranslation("roles.column.email"))
                .setAutoWidth(true);
        grid.addColumn(r -> getTranslation("role." + r.role().name())).setHeader(getTranslation("roles.column.role"))
                .setAutoWidth(true);
        grid.addColumn(r -> format.format(r.appointedAt())).setHeader(getTranslation("roles.column.since")).setAutoWidth(true);
        grid.addColumn(r -> r.appointedBy() == null ? getTranslation("roles.bySystem") : r.appointedBy())
                .setHeader(getTranslation("roles.column.by")).setAutoWidth(true);
        grid.addComponentColumn(this::removeButton).setHeader(getTranslation("roles.column.actions")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("roles.holders"));
        grid.setAllRowsVisible(false);
        grid.setHeight("28rem");
        grid.setItems(query -> roles.list(initiative.id(), PageRequest.of(query.getPage(), query.getPageSize())).stream());
        return grid;
    }

    private Component removeButton(RoleAssignmentItem assignment) {
        if (!authorization.can(Action.toAppoint(assignment.role()), initiative.id())) {
            return new Div();
        }
        String roleName = getTranslation("role." + assignment.role().name());
        Button remove = new Button(getTranslation("roles.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        remove.setAriaLabel(getTranslation("roles.removeLabel", assignment.personName(), roleName));
        remove.addClickListener(click -> {
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("roles.removeTitle"),
                    getTranslation("roles.removeText", assignment.personName(), roleName),
                    getTranslation("roles.remove"), yes -> {
                        roles.revoke(assignment.id());
                        Notices.success(getTranslation("roles.removed", assignment.personName(), roleName));
                        grid.getDataProvider().refreshAll();
                    });
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("common.cancel"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
        return remove;
    }

    @Override
    protected String pageTitle() {
        return getTranslation("roles.title") + " · " + initiative.name();
    }
}
