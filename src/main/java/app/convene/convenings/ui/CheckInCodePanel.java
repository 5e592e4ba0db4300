package app.convene.convenings.ui;

import app.convene.convenings.CheckInCodes;
import app.convene.convenings.CheckInCodes.OpenCode;
import app.convene.shared.ValidationError;
import app.convene.shared.ui.DateTimes;
import app.convene.shared.ui.FormError;
import app.convene.shared.ui.PageSection;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;

/**
 * The hosts' self check-in code: made on request and shown once (only its hash is kept), with the window it
 * is accepted in; a new one replaces it.
 */
class CheckInCodePanel extends Section {

    final Button open = new Button();
    final Paragraph code = new Paragraph();
    final Paragraph window = new Paragraph();
    final FormError error = new FormError();

    CheckInCodePanel(CheckInCodes codes, DateTimes dateTimes, long conveningId) {
        PageSection.titled(this, "attendance-code", getTranslation("attendance.code.title"));
        code.setId("attendance-code-value");
        code.addClassName("cv-checkin-code");
        window.setId("attendance-code-window");
        error.setId("attendance-code-error");
        codes.window(conveningId).ifPresentOrElse(
                w -> window.setText(getTranslation("attendance.code.existing", dateTimes.dateTime(w.validUntil(), getLocale()))),
                () -> window.setText(getTranslation("attendance.code.noneYet")));
        open.setId("attendance-code-open");
        open.setText(getTranslation(codes.window(conveningId).isPresent() ? "attendance.code.renew" : "attendance.code.open"));
        open.addClickListener(click -> {
            error.clear();
            try {
                OpenCode made = codes.open(conveningId);
                code.setText(made.code());
                window.setText(getTranslation("attendance.code.window", dateTimes.dateTime(made.validFrom(), getLocale()),
                        dateTimes.dateTime(made.validUntil(), getLocale())));
                open.setText(getTranslation("attendance.code.renew"));
            } catch (ValidationError e) {
                error.show(getTranslation(e.messageKey(), e.params()));
            }
        });
        code.getElement().setAttribute("aria-live", "polite");
        add(error, code, window, open);
    }
}
