package app.convene.convenings.ui;

import app.convene.convenings.CheckInCodes;
import app.convene.convenings.RsvpService;
import app.convene.shared.ValidationError;
import app.convene.shared.ui.FieldErrors;
import app.convene.shared.ui.PageSection;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Optional;

/**
 * The convening page's check-in part: signed-in readers enter the code shown in the room while it is
 * accepted (or see that they are checked in); the hosts get the link to the check-in page.
 */
@org.springframework.stereotype.Component
class AttendancePart implements ConveningPart {

    static final int ORDER = 450;

    private final CheckInCodes codes;
    private final RsvpService rsvps;

    AttendancePart(CheckInCodes codes, RsvpService rsvps) {
        this.codes = codes;
        this.rsvps = rsvps;
    }

    @Override
    public int order() {
        return ORDER;
    }

    @Override
    public Optional<Component> create(long conveningId) {
        Optional<RsvpService.Reader> reader = rsvps.reader(conveningId);
        if (reader.isEmpty() || !reader.get().signedIn()) {
            return Optional.empty();
        }
        boolean open = codes.window(conveningId).map(CheckInCodes.Window::openNow).orElse(false);
        boolean in = codes.checkedIn(conveningId);
        if (!open && !in && !reader.get().organizer()) {
            return Optional.empty();
        }
        Section section = new Section();
        PageSection.titled(section, "check-in", section.getTranslation("attendance.part.title"));
        if (in) {
            section.add(checkedIn(section));
        } else if (open) {
            section.add(form(section, conveningId));
        }
        if (reader.get().organizer()) {
            Anchor link = new Anchor("convenings/" + conveningId + "/attendance", section.getTranslation("attendance.part.hosts"));
            link.setId("check-in-hosts-link");
            section.add(new Paragraph(link));
        }
        return Optional.of(section);
    }

    private static Paragraph checkedIn(Section section) {
        Paragraph done = new Paragraph(section.getTranslation("attendance.part.checkedIn"));
        done.setId("check-in-done");
        done.getElement().setAttribute("role", "status");
        return done;
    }

    private Component form(Section section, long conveningId) {
        TextField code = new TextField(section.getTranslation("attendance.part.code"));
        code.setId("check-in-code");
        code.setMaxLength(12);
        code.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);
        FieldErrors.manual(code);
        Button send = new Button(section.getTranslation("attendance.part.send"));
        send.setId("check-in-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div();
        form.add(code, send);
        send.addClickListener(click -> {
            FieldErrors.clear(code);
            try {
                codes.enter(conveningId, code.getValue());
            } catch (ValidationError e) {
                FieldErrors.show(code, section.getTranslation(e.messageKey(), e.params()));
                return;
            }
            form.removeAll();
            form.add(checkedIn(section));
        });
        return form;
    }
}
