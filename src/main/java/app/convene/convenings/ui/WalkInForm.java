package app.convene.convenings.ui;

import app.convene.convenings.AttendanceService;
import app.convene.convenings.AttendanceService.WalkIn;
import app.convene.security.PersonSummary;
import app.convene.shared.ValidationError;
import app.convene.shared.ui.FieldErrors;
import app.convene.shared.ui.FormError;
import app.convene.shared.ui.PageSection;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import org.springframework.data.domain.PageRequest;

/** Adds a walk-in: a person of the initiative from the picker, or a guest by name (email and organization optional). */
class WalkInForm extends Section {

    final ComboBox<PersonSummary> member = new ComboBox<>();
    final TextField name = new TextField();
    final EmailField email = new EmailField();
    final TextField organization = new TextField();
    final Button add = new Button();
    final FormError error = new FormError();
    final Paragraph done = new Paragraph();

    WalkInForm(AttendanceService attendance, long conveningId, Runnable added) {
        PageSection.titled(this, "attendance-walk-in", getTranslation("attendance.walkIn.title"));
        member.setId("walk-in-member");
        member.setLabel(getTranslation("attendance.walkIn.member"));
        member.setHelperText(getTranslation("attendance.walkIn.memberHelp"));
        member.setItemLabelGenerator(PersonSummary::label);
        member.setItems(query -> attendance.members(conveningId, query.getFilter().orElse(""),
                PageRequest.of(query.getPage(), query.getPageSize())).stream());
        name.setId("walk-in-name");
        name.setLabel(getTranslation("attendance.walkIn.name"));
        name.setMaxLength(200);
        email.setId("walk-in-email");
        email.setLabel(getTranslation("attendance.walkIn.email"));
        organization.setId("walk-in-organization");
        organization.setLabel(getTranslation("attendance.walkIn.organization"));
        organization.setMaxLength(300);
        FieldErrors.manual(member, name, email, organization);
        error.setId("walk-in-error");
        done.setId("walk-in-done");
        done.getElement().setAttribute("role", "status");
        add.setId("walk-in-add");
        add.setText(getTranslation("attendance.walkIn.add"));
        add.addClickListener(click -> {
            FieldErrors.clear(member, name, email, organization);
            error.clear();
            PersonSummary chosen = member.getValue();
            try {
                attendance.walkIn(conveningId, new WalkIn(chosen == null ? null : chosen.id(), name.getValue(),
                        email.getValue(), organization.getValue()));
            } catch (ValidationError e) {
                String message = getTranslation(e.messageKey(), e.params());
                switch (e.field() == null ? "" : e.field()) {
                    case "person" -> FieldErrors.show(member, message);
                    case "name" -> FieldErrors.show(name, message);
                    case "email" -> FieldErrors.show(email, message);
                    case "organization" -> FieldErrors.show(organization, message);
                    default -> error.show(message);
                }
                return;
            }
            done.setText(getTranslation("attendance.walkIn.done", chosen == null ? name.getValue() : chosen.name()));
            member.clear();
            name.clear();
            email.clear();
            organization.clear();
            added.run();
        });
        add(error, member, name, email, organization, add, done);
    }
}
