package app.convene.initiatives.ui;

import app.convene.security.FirstCoordinators;
import app.convene.security.InitiativeRole;
import app.convene.security.KeycloakAccounts;
import app.convene.security.PersonService;
import app.convene.security.PersonSummary;
import app.convene.security.RoleAssignmentItem;
import app.convene.security.RoleService;
import app.convene.shared.ValidationError;
import app.convene.shared.ui.FieldErrors;
import app.convene.shared.ui.FormError;
import app.convene.shared.ui.Notices;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import org.springframework.data.domain.PageRequest;

/**
 * An initiative's coordinators for administrators: who they are, and appointing one, either a person Convene
 * knows (found by their full email, or among the people taking part) or by name and email (a new account, whose
 * set-password link Keycloak mails).
 */
class CoordinatorsForm extends Div {

    private final RoleService roles;
    private final PersonService persons;
    private final FirstCoordinators firstCoordinators;
    final UnorderedList list = new UnorderedList();
    final ComboBox<PersonSummary> person = new ComboBox<>();
    final Button appoint = new Button();
    final TextField name = new TextField();
    final EmailField email = new EmailField();
    final Button invite = new Button();
    final FormError error = new FormError();
    private long initiativeId;

    CoordinatorsForm(RoleService roles, PersonService persons, FirstCoordinators firstCoordinators) {
        this.roles = roles;
        this.persons = persons;
        this.firstCoordinators = firstCoordinators;
        list.setId("coordinator-list");
        person.setId("coordinator-person");
        person.setLabel(getTranslation("roles.person"));
        person.setHelperText(getTranslation("roles.person.help"));
        person.setItemLabelGenerator(PersonSummary::label);
        person.setClearButtonVisible(true);
        person.setWidth("22rem");
        appoint.setId("coordinator-appoint");
        appoint.setText(getTranslation("admin.coordinators.appoint"));
        appoint.addClickListener(click -> appoint());
        name.setId("coordinator-name");
        name.setLabel(getTranslation("common.name"));
        name.setMaxLength(200);
        email.setId("coordinator-email");
        email.setLabel(getTranslation("common.email"));
        invite.setId("coordinator-invite");
        invite.setText(getTranslation("admin.coordinators.invite"));
        invite.addClickListener(click -> invite());
        FieldErrors.manual(person, name, email);
    }

    /** The coordinators, and the forms unless the initiative is read-only. */
    Component render(long initiativeId, boolean writable) {
        this.initiativeId = initiativeId;
        removeAll();
        person.setItems(query -> persons.search(initiativeId, query.getFilter().orElse(""),
                PageRequest.of(query.getPage(), query.getPageSize())).stream());
        showCoordinators();
        add(list);
        if (writable) {
            Div known = new Div(person, appoint);
            known.addClassName("cv-form-row");
            Div byEmail = new Div(name, email, invite);
            byEmail.addClassName("cv-form-row");
            add(new H3(getTranslation("admin.coordinators.known")), known,
                    new H3(getTranslation("admin.coordinators.byEmail")),
                    new Paragraph(getTranslation("admin.coordinators.byEmail.intro")), byEmail, error);
        }
        return this;
    }

    private void showCoordinators() {
        list.removeAll();
        roles.list(initiativeId, PageRequest.of(0, 100)).stream()
                .filter(r -> r.role() == InitiativeRole.COORDINATOR)
                .map(RoleAssignmentItem::personName).forEach(n -> list.add(new ListItem(n)));
        if (list.getChildren().findAny().isEmpty()) {
            list.add(new ListItem(getTranslation("admin.coordinators.none")));
        }
    }

    void appoint() {
        FieldErrors.clear(person, name, email);
        error.clear();
        PersonSummary chosen = person.getValue();
        if (chosen == null) {
            FieldErrors.show(person, getTranslation("roles.person.required"));
            return;
        }
        try {
            done(roles.appoint(initiativeId, chosen.id(), InitiativeRole.COORDINATOR), chosen.name());
            person.clear();
        } catch (ValidationError e) {
            FieldErrors.show(person, getTranslation(e.messageKey(), e.params()));
        }
    }

    void invite() {
        FieldErrors.clear(person, name, email);
        error.clear();
        try {
            FirstCoordinators.Outcome outcome = firstCoordinators.appointByEmail(initiativeId, name.getValue(),
                    email.getValue());
            done(outcome.appointed(), name.getValue().strip());
            if (outcome.accountCreated()) {
                Notices.success(getTranslation("admin.coordinators.mailed", email.getValue().strip()));
            }
            name.clear();
            email.clear();
        } catch (ValidationError e) {
            FieldErrors.show("email".equals(e.field()) ? email : name, getTranslation(e.messageKey(), e.params()));
        } catch (KeycloakAccounts.KeycloakUnavailableException e) {
            error.show(getTranslation("admin.coordinators.keycloak"));
        }
    }

    private void done(boolean appointed, String who) {
        String role = getTranslation("role.COORDINATOR");
        if (appointed) {
            Notices.success(getTranslation("roles.appointed", who, role));
        } else {
            Notices.error(getTranslation("roles.alreadyHolds", who, role));
        }
        showCoordinators();
    }
}
