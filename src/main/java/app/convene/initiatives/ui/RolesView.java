package app.convene.initiatives.ui;

import app.convene.initiatives.InitiativeService;
import app.convene.security.Action;
import app.convene.security.Authorization;
import app.convene.security.InitiativeRole;
import app.convene.security.PersonService;
import app.convene.security.PersonSummary;
import app.convene.security.RoleAssignmentItem;
import app.convene.security.RoleService;
import app.convene.shared.i18n.ConveneI18NProvider;
import app.convene.initiatives.InitiativeDirectory;
import app.convene.initiatives.InitiativePage;
import app.convene.shared.ui.MainLayout;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import com.vaadin.flow.router.AccessDeniedException;

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

    final Grid<RoleAssignmentItem> grid = new Grid<>();
    final ComboBox<PersonSummary> person = new ComboBox<>();
    final Select<InitiativeRole> role = new Select<>();
    final Button appoint = new Button();
    /** Vaadin reuses this view between addresses of the same route: listeners are attached once. */
    private boolean wired;

    RolesView(InitiativeService initiatives, RoleService roles, PersonService persons, Authorization authorization) {
        super(initiatives);
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
        Nav breadcrumb = breadcrumb(InitiativeView.path(initiative.slug()), initiative.name());
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
        person.setRequiredIndicatorVisible(true);
        person.setWidth("22rem");
        person.setClearButtonVisible(true);

        role.setLabel(getTranslation("roles.role"));
        role.setItems(assignable);
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        role.setRequiredIndicatorVisible(true);

        appoint.setText(getTranslation("roles.appoint"));
        appoint.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (!wired) {
            person.addValueChangeListener(e -> person.setInvalid(false));
            role.addValueChangeListener(e -> role.setInvalid(false));
            appoint.addClickListener(click -> appoint());
            wired = true;
        }

        Div form = new Div(person, role, appoint);
        form.addClassName("cv-form-row");
        form.getElement().setAttribute("role", "group");
        form.getElement().setAttribute("aria-label", getTranslation("roles.appointTitle"));
        return form;
    }

    void appoint() {
        boolean valid = true;
        if (person.getValue() == null) {
            person.setErrorMessage(getTranslation("roles.person.required"));
            person.setInvalid(true);
            valid = false;
        }
        if (role.getValue() == null) {
            role.setErrorMessage(getTranslation("roles.role.required"));
            role.setInvalid(true);
            valid = false;
        }
        if (!valid) {
            return;
        }
        PersonSummary chosen = person.getValue();
        InitiativeRole chosenRole = role.getValue();
        String roleName = getTranslation("role." + chosenRole.name());
        if (roles.appoint(initiative.id(), chosen.id(), chosenRole)) {
            notice(getTranslation("roles.appointed", chosen.name(), roleName), NotificationVariant.LUMO_SUCCESS);
            person.clear();
            grid.getDataProvider().refreshAll();
        } else {
            notice(getTranslation("roles.alreadyHolds", chosen.name(), roleName), NotificationVariant.LUMO_CONTRAST);
        }
    }

    private Component holders() {
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(ConveneI18NProvider.supported(getLocale())).withZone(ZoneId.systemDefault());
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
                        notice(getTranslation("roles.removed", assignment.personName(), roleName),
                                NotificationVariant.LUMO_SUCCESS);
                        grid.getDataProvider().refreshAll();
                    });
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("common.cancel"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
        return remove;
    }

    private static void notice(String text, NotificationVariant variant) {
        Notification notification = Notification.show(text, 5000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(variant);
    }

    @Override
    protected String pageTitle() {
        return getTranslation("roles.title") + " · " + initiative.name();
    }
}
