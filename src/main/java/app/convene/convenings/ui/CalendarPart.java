package app.convene.convenings.ui;

import app.convene.convenings.ConveningAccess;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Optional;

/** The convening page's calendar part: the {@code .ics} file that adds it to one's calendar. */
@org.springframework.stereotype.Component
class CalendarPart implements ConveningPart {

    private final ConveningAccess access;

    CalendarPart(ConveningAccess access) {
        this.access = access;
    }

    @Override
    public int order() {
        return CALENDAR;
    }

    @Override
    public Optional<Component> create(long conveningId) {
        if (!access.maySee(conveningId)) {
            return Optional.empty();
        }
        Div part = new Div();
        part.setId("convening-calendar");
        Anchor download = new Anchor("/calendar/convenings/" + conveningId + ".ics",
                part.getTranslation("convening.calendar.download"));
        download.setId("convening-calendar-download");
        download.setRouterIgnore(true);
        download.getElement().setAttribute("download", "convening-" + conveningId + ".ics");
        Span help = new Span(part.getTranslation("convening.calendar.help"));
        help.setId("convening-calendar-help");
        help.addClassName("cv-hint");
        part.add(download, new Span(" "), help);
        return Optional.of(part);
    }
}
