package app.convene.convenings.ui;

import app.convene.convenings.Agenda;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;

/** "The agenda runs 30 minutes past the end": shown with the agenda and in its editor. */
final class AgendaWarning {

    private AgendaWarning() {
    }

    static Paragraph of(Agenda agenda, Component within, String id) {
        Paragraph warning = new Paragraph(within.getTranslation("convening.agendaOverrun",
                agenda.totalMinutes() - agenda.scheduledMinutes(), agenda.totalMinutes(), agenda.scheduledMinutes()));
        warning.addClassName("cv-warning");
        warning.setId(id);
        warning.getElement().setAttribute("role", "status");
        return warning;
    }
}
